using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Node.ChainView;

namespace ProverNet.Node.Mempool;

/// <summary>
/// The mempool of a node that does not sequence: it holds nothing and turns every submission away with where to send
/// it, while nonces and lookups answer from the chain as derived (until transaction gossip reaches the sequencer).
/// </summary>
public sealed class ValidatorPool(CommittedChain chain) : ITransactionPool
{
    /// <inheritdoc/>
    public int Count => 0;

    /// <inheritdoc/>
    public SubmissionResult Submit(ReadOnlyMemory<byte> raw) =>
        new(Keccak256.Hash(raw.Span), SubmissionError.Rejected, "this node is a validator and takes no transactions: send it to the sequencer's RPC");

    /// <inheritdoc/>
    public SignedTransaction? Find(Hash256 hash) => null;

    /// <inheritdoc/>
    public ulong NextNonce(Address sender) => chain.GetAccount(sender).Nonce;
}
