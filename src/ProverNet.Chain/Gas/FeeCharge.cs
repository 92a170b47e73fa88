using ProverNet.Core;
using ProverNet.Core.Transactions;

namespace ProverNet.Chain.Gas;

/// <summary>
/// What a transaction pays for its gas under EIP-1559: the base-fee part goes to the treasury, the tip to the sequencer.
/// </summary>
/// <param name="EffectiveGasPrice">min(maxFeePerGas, baseFee + maxPriorityFeePerGas), as receipts report it.</param>
/// <param name="ToTreasury">baseFee × gasUsed.</param>
/// <param name="ToSequencer">(effective price − baseFee) × gasUsed.</param>
public readonly record struct FeeCharge(Amount EffectiveGasPrice, Amount ToTreasury, Amount ToSequencer)
{
    /// <summary>The sender's whole payment.</summary>
    public Amount Total => ToTreasury + ToSequencer;

    /// <summary>The charge of <paramref name="gasUsed"/> gas of an admitted transaction in a block with <paramref name="baseFee"/>.</summary>
    /// <exception cref="ArgumentException">The fee cap is below the base fee or a fee does not fit in 128 bits: admission rejects both.</exception>
    public static FeeCharge For(SignedTransaction transaction, ulong gasUsed, Amount baseFee)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (!transaction.MaxFeePerGas.TryGetUInt128(out var maxFee) || maxFee < baseFee.Wei)
        {
            throw new ArgumentException($"max fee per gas {transaction.MaxFeePerGas} does not cover the base fee {baseFee}", nameof(transaction));
        }

        // A tip that does not fit in 128 bits is capped by the fee cap anyway.
        var tipCap = transaction.MaxPriorityFeePerGas.TryGetUInt128(out var tip) ? tip : UInt128.MaxValue;
        var effective = baseFee.Wei + UInt128.Min(tipCap, maxFee - baseFee.Wei);
        return new FeeCharge(
            new Amount(effective),
            new Amount(checked(baseFee.Wei * gasUsed)),
            new Amount(checked((effective - baseFee.Wei) * gasUsed)));
    }
}
