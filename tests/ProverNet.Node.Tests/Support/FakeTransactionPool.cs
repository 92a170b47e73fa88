using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Node.ChainView;
using ProverNet.Node.Mempool;

namespace ProverNet.Node.Tests.Support;

/// <summary>A pool that decodes, refuses stale nonces and keeps what it accepts, for RPC tests.</summary>
public sealed class FakeTransactionPool(CommittedChain chain) : ITransactionPool
{
    private readonly Lock gate = new();
    private readonly List<SignedTransaction> pending = [];

    public int Count
    {
        get
        {
            lock (gate)
            {
                return pending.Count;
            }
        }
    }

    public SubmissionResult Submit(ReadOnlyMemory<byte> raw)
    {
        if (!new TransactionDecoder(chain.Genesis.ChainId).TryDecode(raw.Span, out var transaction, out var error))
        {
            return new SubmissionResult(Hash256.Zero, SubmissionError.Invalid, $"invalid transaction: {error}");
        }

        if (transaction.Nonce < chain.GetAccount(transaction.Sender).Nonce)
        {
            return new SubmissionResult(transaction.Hash, SubmissionError.Rejected, "nonce too low");
        }

        lock (gate)
        {
            pending.Add(transaction);
        }

        return SubmissionResult.Accept(transaction.Hash);
    }

    public SignedTransaction? Find(Hash256 hash)
    {
        lock (gate)
        {
            return pending.Find(transaction => transaction.Hash == hash);
        }
    }

    public ulong NextNonce(Address sender)
    {
        lock (gate)
        {
            return chain.GetAccount(sender).Nonce + (ulong)pending.Count(transaction => transaction.Sender == sender);
        }
    }
}
