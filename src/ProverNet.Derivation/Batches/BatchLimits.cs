namespace ProverNet.Derivation.Batches;

/// <summary>What a decoder accepts at most, so that a hostile batch costs bounded memory and time.</summary>
/// <param name="MaxPayloadBytes">Decompressed bytes.</param>
/// <param name="MaxBlocks">Blocks in one batch.</param>
/// <param name="MaxTransactions">Transactions in one batch.</param>
public readonly record struct BatchLimits(int MaxPayloadBytes, int MaxBlocks, int MaxTransactions)
{
    /// <summary>Defaults: 32 MiB decompressed, 3,600 blocks, 200,000 transactions.</summary>
    public static BatchLimits Default { get; } = new(32 * 1024 * 1024, 3_600, 200_000);
}
