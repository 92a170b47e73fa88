using System.Numerics;

namespace ProverNet.Node.L1.Transactions;

/// <summary>The EIP-1559 fees of one signed version of a transaction, in wei per gas.</summary>
/// <param name="MaxFeePerGas">The fee cap: base fee plus tip never exceed it.</param>
/// <param name="MaxPriorityFeePerGas">The tip to the block builder.</param>
internal readonly record struct L1Fees(BigInteger MaxFeePerGas, BigInteger MaxPriorityFeePerGas)
{
    /// <summary>
    /// The fees for the next block: the tip on top of twice its base fee, so that the transaction stays includable through
    /// six full blocks of base-fee rises (12.5 % each) before it needs a replacement.
    /// </summary>
    public static L1Fees ForNextBlock(BigInteger nextBaseFee, BigInteger tip) => new((2 * nextBaseFee) + tip, tip);

    /// <summary>
    /// The fees of a replacement: each raised by <paramref name="percent"/> (rounded up, and by at least 1 wei, since geth
    /// wants both strictly higher), or to <paramref name="market"/>'s if those are higher still.
    /// </summary>
    public L1Fees BumpedTo(L1Fees market, uint percent)
    {
        var tip = BigInteger.Max(Bump(MaxPriorityFeePerGas, percent), market.MaxPriorityFeePerGas);
        var cap = BigInteger.Max(Bump(MaxFeePerGas, percent), market.MaxFeePerGas);
        return new L1Fees(BigInteger.Max(cap, tip), tip);
    }

    /// <summary>Whether these are high enough to replace <paramref name="previous"/> in a geth mempool.</summary>
    public bool Replaces(L1Fees previous, uint percent) =>
        MaxFeePerGas >= Bump(previous.MaxFeePerGas, percent) && MaxPriorityFeePerGas >= Bump(previous.MaxPriorityFeePerGas, percent);

    private static BigInteger Bump(BigInteger fee, uint percent) =>
        BigInteger.Max(fee + 1, ((fee * (100 + percent)) + 99) / 100);
}
