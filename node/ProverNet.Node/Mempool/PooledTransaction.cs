using ProverNet.Core.Transactions;

namespace ProverNet.Node.Mempool;

/// <summary>A transaction held by the pool, with what ordering and funding it need in native integers.</summary>
internal sealed class PooledTransaction
{
    /// <summary>Wraps <paramref name="transaction"/>; its fees and worst-case cost must fit in 128 bits (admission checked).</summary>
    public PooledTransaction(SignedTransaction transaction, UInt128 cost, ulong sequence)
    {
        Transaction = transaction;
        Cost = cost;
        Sequence = sequence;

        // A cost that fits in 128 bits with a gas limit of at least 21,000 bounds both fees far below 2^128.
        _ = transaction.MaxFeePerGas.TryGetUInt128(out var maxFee);
        _ = transaction.MaxPriorityFeePerGas.TryGetUInt128(out var maxPriorityFee);
        MaxFee = maxFee;
        MaxPriorityFee = maxPriorityFee;
    }

    /// <summary>The transaction.</summary>
    public SignedTransaction Transaction { get; }

    /// <summary>Its worst case, gas limit × max fee + value, which the sender's balance must cover.</summary>
    public UInt128 Cost { get; }

    /// <summary>Arrival number: ties in fees go to the earlier one.</summary>
    public ulong Sequence { get; }

    /// <summary>maxFeePerGas.</summary>
    public UInt128 MaxFee { get; }

    /// <summary>maxPriorityFeePerGas.</summary>
    public UInt128 MaxPriorityFee { get; }

    /// <summary>Its nonce.</summary>
    public ulong Nonce => Transaction.Nonce;

    /// <summary>What it pays a block with <paramref name="baseFee"/>.</summary>
    public FeeRank RankAt(UInt128 baseFee) => FeeRank.Of(MaxFee, MaxPriorityFee, baseFee);

    /// <summary>Its place in the pool's order at <paramref name="baseFee"/>.</summary>
    public TransactionPriority PriorityAt(UInt128 baseFee) => new(RankAt(baseFee), Sequence);
}
