using ProverNet.Node.Devnet;
using ProverNet.Node.Rpc;

namespace ProverNet.Node.Hosting;

/// <summary>The node's settings, bound from embedded defaults, a JSON file, <c>PROVERNET_</c> variables and <c>--set</c>.</summary>
public sealed class NodeSettings
{
    /// <summary>Path of the genesis file; empty means the checkout's <c>genesis/devnet/genesis.json</c>.</summary>
    public string Genesis { get; set; } = string.Empty;

    /// <summary>Directory for the node's data and the devnet's deployment record.</summary>
    public string DataDir { get; set; } = ".devnet";

    /// <summary>The local L1 the devnet starts.</summary>
    public AnvilOptions L1 { get; set; } = new();

    /// <summary>The L1 the chain follows, when its genesis follows one.</summary>
    public L1ClientOptions L1Rpc { get; set; } = new();

    /// <summary>Mempool limits.</summary>
    public ProverNet.Node.Mempool.MempoolOptions Mempool { get; set; } = new();

    /// <summary>Block production.</summary>
    public SequencerOptions Sequencer { get; set; } = new();

    /// <summary>The chain store.</summary>
    public StorageOptions Storage { get; set; } = new();

    /// <summary>The batcher (a sequencer of a chain that follows L1).</summary>
    public ProverNet.Node.Batching.BatcherOptions Batcher { get; set; } = new();

    /// <summary>Outputs and finality (a chain that follows L1).</summary>
    public ProverNet.Node.Settlement.SettlementOptions Settlement { get; set; } = new();

    /// <summary>The JSON-RPC server.</summary>
    public RpcServerOptions Rpc { get; set; } = new();
}
