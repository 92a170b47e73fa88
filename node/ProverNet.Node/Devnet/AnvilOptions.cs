namespace ProverNet.Node.Devnet;

/// <summary>How to start a local anvil.</summary>
public sealed class AnvilOptions
{
    /// <summary>Path of the anvil binary; empty means the one from the checkout's <c>node_modules</c>.</summary>
    public string AnvilPath { get; set; } = string.Empty;

    /// <summary>Loopback port; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Chain id of the local L1.</summary>
    public ulong ChainId { get; set; } = 31337;

    /// <summary>Seconds between mined blocks; 0 mines one block per transaction.</summary>
    public int BlockTimeSeconds { get; set; }

    /// <summary>How long to wait for anvil to answer JSON-RPC.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
