using ProverNet.Core;
using ProverNet.Core.Transactions;

namespace ProverNet.Node.Mempool;

/// <summary>What JSON-RPC needs of the mempool (the block producer draws from it as an ITransactionSource).</summary>
public interface ITransactionPool
{
    /// <summary>Transactions waiting (ready and future).</summary>
    int Count { get; }

    /// <summary>Decodes, recovers, validates against the committed chain and inserts <paramref name="raw"/>, or says why not.</summary>
    SubmissionResult Submit(ReadOnlyMemory<byte> raw);

    /// <summary>The pending transaction with <paramref name="hash"/>, or null.</summary>
    SignedTransaction? Find(Hash256 hash);

    /// <summary>The nonce a new transaction of <paramref name="sender"/> should carry: after its pending ones.</summary>
    ulong NextNonce(Address sender);
}
