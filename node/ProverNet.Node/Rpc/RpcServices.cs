using ProverNet.Node.ChainView;
using ProverNet.Node.Mempool;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Rpc;

/// <summary>The node parts JSON-RPC serves from.</summary>
/// <param name="Chain">Committed blocks, receipts and state.</param>
/// <param name="Pool">The mempool: submissions, pending transactions and nonces.</param>
/// <param name="Feed">Committed blocks as they come, for subscriptions.</param>
/// <param name="L1">The node's view of L1 when its chain follows one.</param>
/// <param name="Batcher">The sequencer's batcher, when it posts batches.</param>
public sealed record RpcServices(CommittedChain Chain, ITransactionPool Pool, BlockFeed Feed, L1.L1Follower? L1 = null, Batching.Batcher? Batcher = null);
