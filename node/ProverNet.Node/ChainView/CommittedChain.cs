using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Node.ChainView;

/// <summary>
/// Thread-safe reads of the chain as last committed, for RPC handlers and the mempool, straight from the store: never
/// the block processor's working state, which only the producer thread touches. Each read sees a committed block; a
/// read made while a block commits sees the block before or after it.
/// </summary>
public sealed class CommittedChain
{
    private readonly IKeyValueStore store;
    private volatile HeadSnapshot? head;
    private long safe;
    private long finalized;

    /// <summary>Reads the chain of <paramref name="genesis"/> kept in <paramref name="store"/>.</summary>
    public CommittedChain(IKeyValueStore store, ChainGenesis genesis)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(genesis);
        this.store = store;
        Genesis = genesis;
        Blocks = new BlockStore(store);
    }

    /// <summary>The chain's genesis.</summary>
    public ChainGenesis Genesis { get; }

    /// <summary>Stored blocks, receipts and indexes.</summary>
    public BlockStore Blocks { get; }

    /// <summary>The last committed block.</summary>
    public Block Head => Current.Block;

    /// <summary>
    /// The safe head's number: the newest block whose batch is on L1 and derives to it. A chain that follows no L1 has
    /// nothing to wait for: every block is safe. Never above the head.
    /// </summary>
    public ulong SafeNumber => Genesis.L1.FollowsL1 ? Math.Min((ulong)Interlocked.Read(ref safe), Blocks.HeadNumber ?? 0) : Blocks.HeadNumber ?? 0;

    /// <summary>
    /// The finalized head's number: a safe block whose L1 data is <c>l1.finalityDepth</c> deep and whose output is final
    /// on OutputOracle. Every block, on a chain that follows no L1. Never above the safe head.
    /// </summary>
    public ulong FinalizedNumber => Genesis.L1.FollowsL1 ? Math.Min((ulong)Interlocked.Read(ref finalized), SafeNumber) : SafeNumber;

    /// <summary>Safe derivation made (or took back) the safe head <paramref name="number"/>.</summary>
    public void MarkSafe(ulong number) => Interlocked.Exchange(ref safe, (long)number);

    /// <summary>Finality reached <paramref name="number"/>.</summary>
    public void MarkFinalized(ulong number) => Interlocked.Exchange(ref finalized, (long)number);

    /// <summary>A fresh, private view of the committed state, for a request that reads several entries or runs views.</summary>
    public WorldState OpenState() => new(store);

    /// <summary>The committed account of <paramref name="address"/>: one store read, no state view (the mempool calls it per submission).</summary>
    public AccountState GetAccount(Address address) =>
        store.Get(ColumnFamily.State, StateKeys.Account(address)) is { } bytes ? AccountState.Decode(bytes) : default;

    /// <summary>The governed parameters as committed (decoded once per block).</summary>
    public ProtocolParameters Parameters => Current.Parameters;

    // The head block and its parameters are decoded once per block: a read checks only the stored head number.
    private HeadSnapshot Current
    {
        get
        {
            var number = Blocks.HeadNumber ?? throw new InvalidOperationException("the store holds no chain");
            var current = head;
            if (current is null || current.Block.Number != number)
            {
                var block = Blocks.GetByNumber(number) ?? throw new InvalidDataException($"the head block {number} is missing: the store is corrupt");
                head = current = SnapshotOf(block);
            }

            return current;
        }
    }

    /// <summary>
    /// Makes <paramref name="block"/>, just committed by this process, the head snapshot, so that nobody reads and decodes
    /// again a block of thousands of transactions the producer holds in memory (the mempool asks for the head right after
    /// each commit, on the producer's thread). Ignored unless it is the stored head.
    /// </summary>
    public void Committed(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (Blocks.HeadNumber == block.Number)
        {
            head = SnapshotOf(block);
        }
    }

    /// <summary>
    /// The environment of the block after the head, as if it had the head's time (calls and gas estimates run in it; the
    /// block itself will have its own time).
    /// </summary>
    public BlockEnvironment NextBlockEnvironment()
    {
        var current = Current;
        return BlockEnvironment.ForChildOf(current.Block.Header, current.Block.Header.Timestamp, current.Parameters, Genesis);
    }

    /// <summary>What a transaction must satisfy to enter the next block (its base fee follows from the head).</summary>
    public AdmissionContext NextBlockAdmission() => NextBlockEnvironment().Admission;

    private HeadSnapshot SnapshotOf(Block block) => new(block, ParametersStore.Read(OpenState()));

    private sealed record HeadSnapshot(Block Block, ProtocolParameters Parameters);
}
