namespace ProverNet.Core.Transactions;

/// <summary>
/// Ethereum's intrinsic gas schedule as of Cancun, the gas a transaction costs before it executes. ProverNet's node
/// applies its own governed schedule on admission; this one is what makes the decoder agree with Ethereum's vectors.
/// </summary>
public static class IntrinsicGas
{
    /// <summary>Every transaction.</summary>
    public const ulong Transaction = 21_000;

    /// <summary>Extra for a contract creation (empty <c>to</c>).</summary>
    public const ulong ContractCreation = 32_000;

    /// <summary>Per zero calldata byte.</summary>
    public const ulong ZeroByte = 4;

    /// <summary>Per non-zero calldata byte (EIP-2028).</summary>
    public const ulong NonZeroByte = 16;

    /// <summary>Per access list address (EIP-2930).</summary>
    public const ulong AccessListAddress = 2_400;

    /// <summary>Per access list storage key (EIP-2930).</summary>
    public const ulong AccessListStorageKey = 1_900;

    /// <summary>Per 32-byte word of init code (EIP-3860).</summary>
    public const ulong InitCodeWord = 2;

    /// <summary>Largest init code a creation may carry (EIP-3860: twice the 24,576-byte code limit).</summary>
    public const int MaxInitCodeSize = 49_152;

    /// <summary>The intrinsic gas of a transaction with this calldata, kind and access list size.</summary>
    public static ulong Compute(ReadOnlySpan<byte> data, bool isContractCreation, int accessListAddresses, int accessListStorageKeys)
    {
        // No overflow: data, addresses and keys are bounded by the raw transaction's length (int), costs by 32,000.
        var zeroBytes = (ulong)data.Count((byte)0);
        var nonZeroBytes = (ulong)data.Length - zeroBytes;
        var gas = Transaction + (zeroBytes * ZeroByte) + (nonZeroBytes * NonZeroByte)
            + ((ulong)accessListAddresses * AccessListAddress) + ((ulong)accessListStorageKeys * AccessListStorageKey);
        if (isContractCreation)
        {
            var words = ((ulong)data.Length + 31) / 32;
            gas += ContractCreation + (words * InitCodeWord);
        }

        return gas;
    }
}
