using ProverNet.Chain.Execution;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Node.ChainView;

namespace ProverNet.Node.Mempool;

/// <summary>
/// The mempool: transactions submitted over JSON-RPC wait here, ordered per sender by nonce, until the block producer
/// draws them by effective tip. Submissions are decoded, recovered and checked against ProverNet's admission rules
/// outside the pool's lock (many RPC threads at once); only the per-sender bookkeeping runs under it. The producer
/// thread draws blocks (<see cref="Next"/>, <see cref="Resolve"/>) and reports each commit (<see cref="OnBlockCommitted"/>).
/// </summary>
public sealed partial class TransactionPool : ITransactionPool, ITransactionSource
{
    private readonly CommittedChain chain;
    private readonly MempoolOptions options;
    private readonly TransactionDecoder decoder;
    private readonly RecoveryLanes recoveryLanes;
    private readonly Lock gate = new();
    private readonly Dictionary<Address, PooledSender> senders = [];
    private readonly Dictionary<Hash256, PooledTransaction> byHash = [];
    private readonly EvictionOrder eviction = new();
    private AdmissionContext admission;
    private long commits;
    private ulong arrivals;
    private int readyCount;

    /// <summary>A pool for the chain <paramref name="chain"/> reads, within <paramref name="options"/>' limits.</summary>
    public TransactionPool(CommittedChain chain, MempoolOptions options)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.chain = chain;
        this.options = options;
        decoder = new TransactionDecoder(chain.Genesis.ChainId);
        recoveryLanes = new RecoveryLanes(options.EffectiveRecoveryThreads);
        admission = chain.NextBlockAdmission();
    }

    /// <inheritdoc/>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return byHash.Count;
            }
        }
    }

    /// <summary>Transactions that could enter a block now: no nonce gap before them and funded together with their sender's earlier ones.</summary>
    public int ReadyCount
    {
        get
        {
            lock (gate)
            {
                return readyCount;
            }
        }
    }

    /// <summary>Transactions waiting for a missing nonce or for funds.</summary>
    public int FutureCount
    {
        get
        {
            lock (gate)
            {
                return byHash.Count - readyCount;
            }
        }
    }

    /// <inheritdoc/>
    public SubmissionResult Submit(ReadOnlyMemory<byte> raw)
    {
        if (raw.Length > TransactionAdmission.MaxTransactionBytes)
        {
            return SubmissionMessages.Refused(
                Hash256.Zero, AdmissionError.Oversized, $"transaction of {raw.Length} bytes exceeds the {TransactionAdmission.MaxTransactionBytes}-byte limit");
        }

        SignedTransaction? transaction;
        TransactionDecodingError error;
        lock (recoveryLanes.Next())
        {
            _ = decoder.TryDecode(raw.Span, out transaction, out error);
        }

        return transaction is null ? SubmissionMessages.Invalid(error) : Submit(transaction);
    }

    /// <summary>Validates against the committed chain and inserts an already decoded and recovered transaction, or says why not.</summary>
    public SubmissionResult Submit(SignedTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (SubmissionPolicy.Check(transaction, options.MinPriorityFeePerGas) is { } refused)
        {
            return refused;
        }

        // Nonce and funds depend on the sender's other pending transactions, so admission sees an account that passes
        // both and the pool checks them under its lock; every other rule is admission's.
        var context = Volatile.Read(ref admission);
        var unbounded = new AccountState(Amount.MaxValue, transaction.Nonce);
        if (!TransactionAdmission.TryAdmit(transaction, unbounded, context, out _, out var rejection))
        {
            return SubmissionMessages.Rejected(transaction.Hash, rejection!);
        }

        // Admission with a balance of 2^128 - 1 guarantees the worst case fits in 128 bits.
        _ = transaction.TryGetMaxCost(out var maxCost);
        _ = maxCost.TryGetUInt128(out var cost);
        var commitsSeen = Volatile.Read(ref commits);
        var account = chain.GetAccount(transaction.Sender);
        lock (gate)
        {
            return Insert(transaction, cost, commitsSeen == commits ? account : null);
        }
    }

    /// <inheritdoc/>
    public SignedTransaction? Find(Hash256 hash)
    {
        lock (gate)
        {
            return byHash.TryGetValue(hash, out var pooled) ? pooled.Transaction : null;
        }
    }

    /// <inheritdoc/>
    public ulong NextNonce(Address sender)
    {
        lock (gate)
        {
            if (senders.TryGetValue(sender, out var pending))
            {
                return pending.NextNonce;
            }
        }

        return chain.GetAccount(sender).Nonce;
    }
}
