namespace ProverNet.Core.Transactions;

/// <summary>
/// A decoded, signature-checked Ethereum transaction. Legacy and EIP-2930 transactions have one gas price, exposed as
/// both <see cref="MaxFeePerGas"/> and <see cref="MaxPriorityFeePerGas"/> (which is how EIP-1559 treats them).
/// </summary>
public sealed class SignedTransaction
{
    /// <summary>Envelope type.</summary>
    public required TransactionType Type { get; init; }

    /// <summary>The chain id; null only for a legacy transaction signed without EIP-155 replay protection.</summary>
    public required ulong? ChainId { get; init; }

    /// <summary>Sender's nonce (below 2^64 - 1).</summary>
    public required ulong Nonce { get; init; }

    /// <summary>EIP-1559 tip cap; the gas price for legacy and EIP-2930.</summary>
    public required UInt256 MaxPriorityFeePerGas { get; init; }

    /// <summary>EIP-1559 fee cap; the gas price for legacy and EIP-2930.</summary>
    public required UInt256 MaxFeePerGas { get; init; }

    /// <summary>The gas price of a legacy or EIP-2930 transaction (the fee cap of an EIP-1559 one).</summary>
    public UInt256 GasPrice => MaxFeePerGas;

    /// <summary>Gas limit.</summary>
    public required ulong GasLimit { get; init; }

    /// <summary>Recipient; null for a contract creation.</summary>
    public required Address? To { get; init; }

    /// <summary>Wei transferred.</summary>
    public required UInt256 Value { get; init; }

    /// <summary>Calldata, or init code for a creation.</summary>
    public required ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>EIP-2930 access list; empty for legacy transactions.</summary>
    public required IReadOnlyList<AccessListEntry> AccessList { get; init; }

    /// <summary>The signature's <c>v</c> as encoded: 27/28 or 35 + 2·chainId + parity for legacy, the y-parity for typed.</summary>
    public required UInt256 V { get; init; }

    /// <summary>Signature r.</summary>
    public required UInt256 R { get; init; }

    /// <summary>Signature s (at most n/2).</summary>
    public required UInt256 S { get; init; }

    /// <summary>The recovery id, 0 or 1 (the <c>yParity</c> of typed transactions).</summary>
    public required byte YParity { get; init; }

    /// <summary>The recovered signer.</summary>
    public required Address Sender { get; init; }

    /// <summary>The EIP-2718 raw bytes as received (legacy: the RLP list; typed: type byte ‖ payload): what a block carries.</summary>
    public required ReadOnlyMemory<byte> Raw { get; init; }

    /// <summary>keccak-256 of the raw bytes (including the type byte of a typed transaction).</summary>
    public required Hash256 Hash { get; init; }

    /// <summary>Intrinsic gas under Ethereum's Cancun schedule (see <see cref="IntrinsicGas"/>).</summary>
    public required ulong IntrinsicGas { get; init; }

    /// <summary>Whether this creates a contract (no recipient).</summary>
    public bool IsContractCreation => To is null;

    /// <summary>
    /// The most the sender can be charged, <c>gasLimit × maxFeePerGas + value</c>, which the balance must cover; false
    /// when it exceeds 2^256 - 1 (no balance can).
    /// </summary>
    public bool TryGetMaxCost(out UInt256 maxCost)
    {
        maxCost = default;
        return MaxFeePerGas.TryMultiply(GasLimit, out var gasCost) && gasCost.TryAdd(Value, out maxCost);
    }
}
