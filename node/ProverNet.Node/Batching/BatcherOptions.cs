namespace ProverNet.Node.Batching;

/// <summary>The batcher's settings (section <c>Batcher</c>).</summary>
public sealed class BatcherOptions
{
    /// <summary>Whether the sequencer posts its blocks to the inbox (a chain that follows L1 needs it to become safe).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The L1 key (hex) of the genesis <c>rollup.batcher</c>, which posts batches and proposes outputs; empty: its dev key when it is a dev account.</summary>
    public string PrivateKey { get; set; } = string.Empty;

    /// <summary>Largest frame, header included: one L1 transaction's calldata stays under the inbox's 128 KiB.</summary>
    public int MaxFrameBytes { get; set; } = 120_000;

    /// <summary>Most blocks in one batch.</summary>
    public int MaxBlocksPerBatch { get; set; } = 600;

    /// <summary>How long a sequenced block may wait before it is posted, even in a small batch.</summary>
    public int MaxDelayMs { get; set; } = 2_000;

    /// <summary>How long posted blocks may stay unsafe before they are posted again (a batch an L1 reorg took away).</summary>
    public int ResubmitAfterMs { get; set; } = 20_000;

    /// <summary>How often the batcher looks for blocks to post.</summary>
    public int PollIntervalMs { get; set; } = 200;
}
