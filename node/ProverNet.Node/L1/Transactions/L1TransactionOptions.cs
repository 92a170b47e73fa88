namespace ProverNet.Node.L1.Transactions;

/// <summary>How an <see cref="L1TransactionManager"/> sees a transaction through. The defaults suit Ethereum mainnet's 12 s blocks.</summary>
public sealed record L1TransactionOptions
{
    /// <summary>The smallest fee bump geth accepts for a replacement (same nonce), on both the fee cap and the tip.</summary>
    public const uint MinimumFeeBumpPercent = 10;

    private const ulong Gwei = 1_000_000_000;

    /// <summary>How deep the including block must be before the send returns; 1 is "included in the head".</summary>
    public uint Confirmations { get; init; } = 1;

    /// <summary>How often to ask L1 for the receipt, the head and the mempool while waiting.</summary>
    public TimeSpan ReceiptPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a sent transaction may wait without inclusion before it is replaced with bumped fees.</summary>
    public TimeSpan ResubmissionTimeout { get; init; } = TimeSpan.FromSeconds(36);

    /// <summary>Percentage each replacement raises the fee cap and the tip by; at least <see cref="MinimumFeeBumpPercent"/>.</summary>
    public uint FeeBumpPercent { get; init; } = MinimumFeeBumpPercent;

    /// <summary>The highest fee cap (wei per gas) ever signed: past it, the sender waits instead of bumping.</summary>
    public ulong MaxFeePerGasLimit { get; init; } = 500 * Gwei;

    /// <summary>The smallest tip (wei per gas) signed, and the tip used when L1 does not suggest one.</summary>
    public ulong MinPriorityFeePerGas { get; init; } = 1 * Gwei;

    /// <summary>Percentage added to <c>eth_estimateGas</c>'s answer, so that a state change between estimate and inclusion does not run out of gas.</summary>
    public uint GasLimitMarginPercent { get; init; } = 20;

    /// <summary>How long L1 may stay unreachable (every call failing) before a send gives up with an L1UnavailableException.</summary>
    public TimeSpan L1Patience { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The deadline of each JSON-RPC call.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Throws if an option is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfZero(Confirmations);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ReceiptPollInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ResubmissionTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(FeeBumpPercent, MinimumFeeBumpPercent);
        ArgumentOutOfRangeException.ThrowIfZero(MaxFeePerGasLimit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MinPriorityFeePerGas, MaxFeePerGasLimit);
        ArgumentOutOfRangeException.ThrowIfLessThan(L1Patience, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(CallTimeout, TimeSpan.Zero);
    }
}
