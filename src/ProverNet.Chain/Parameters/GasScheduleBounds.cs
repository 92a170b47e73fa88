using ProverNet.Core.Transactions;

namespace ProverNet.Chain.Parameters;

/// <summary>
/// The ranges of the governed gas schedule, the one definition that genesis loading and the L2 decoding of a governance
/// change hold a schedule to — so a chain cannot start with values governance could never set again. ParameterRegistry
/// repeats them as constants of the same names in upper case (Solidity cannot share them); a test calls the compiled
/// registry and compares. Not bounded here: the base fees (1 wei to 2^128 − 1, the minimum at most the initial one).
/// </summary>
public static class GasScheduleBounds
{
    /// <summary>Least intrinsic gas of a transaction: Ethereum's 21,000, which wallets assume for a transfer.</summary>
    public const ulong MinIntrinsicGas = IntrinsicGas.Transaction;

    /// <summary>Most intrinsic gas of a transaction.</summary>
    public const ulong MaxIntrinsicGas = 1_000_000;

    /// <summary>Most gas per calldata byte (zero or not); a zero byte costs at least 1 and at most a non-zero byte.</summary>
    public const ulong MaxCalldataByteGas = 1_000;

    /// <summary>Most gas of one Market or Bridge operation (at least 1: no operation is free).</summary>
    public const ulong MaxOperationGas = 10_000_000;

    /// <summary>Largest EIP-1559 base-fee change denominator (at least 1).</summary>
    public const uint MaxBaseFeeChangeDenominator = 1_000;

    /// <summary>Largest EIP-1559 elasticity multiplier (at least 1).</summary>
    public const uint MaxElasticityMultiplier = 100;
}
