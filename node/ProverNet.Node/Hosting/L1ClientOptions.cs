namespace ProverNet.Node.Hosting;

/// <summary>How the node reads its L1 (<c>L1Rpc:…</c>), when its genesis follows one.</summary>
public sealed class L1ClientOptions
{
    /// <summary>The L1 JSON-RPC endpoint; empty means none (<c>provernet devnet</c> sets its anvil's).</summary>
    public string Url { get; set; } = string.Empty;

    /// <summary>How long one L1 call may take before it counts as failed, in milliseconds.</summary>
    public int CallTimeoutMs { get; set; } = 5_000;

    /// <summary>
    /// The shortest wait between two looks for a new L1 block while caught up, in milliseconds: the follower waits until
    /// L1 is expected to make its next block, and this long when that is sooner or not known.
    /// </summary>
    public int PollIntervalMs { get; set; } = 500;

    /// <summary>The longest wait between retries while L1 is down, in milliseconds (the wait doubles up to it).</summary>
    public int MaxRetryDelayMs { get; set; } = 10_000;

    /// <summary>How many fetched L1 blocks may wait for the sequencer to take them.</summary>
    public int MaxQueuedBlocks { get; set; } = 256;

    /// <summary>Whether <paramref name="text"/> is an L1 endpoint the node can call: an absolute http(s) URL.</summary>
    public static bool TryParseUrl(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
