using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Gas;
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

    /// <summary>The last committed block (kept in memory once <see cref="Advance"/> is called, read from the store before).</summary>
    public Block Head => Current.Block;

    /// <summary>A fresh, private view of the committed state, for a request that reads several entries or runs views.</summary>
    public WorldState OpenState() => new(store);

    /// <summary>The committed account of <paramref name="address"/>.</summary>
    public AccountState GetAccount(Address address) => OpenState().GetAccount(address);

    /// <summary>The governed parameters as committed (decoded once per block).</summary>
    public ProtocolParameters Parameters => Current.Parameters;

    private HeadSnapshot Current => head ?? (head = Snapshot(Blocks.Head ?? throw new InvalidOperationException("the store holds no chain")));

    /// <summary>Called by the producer right after <paramref name="block"/> commits: reads of the head need no store access.</summary>
    public void Advance(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        head = Snapshot(block);
    }

    /// <summary>What a transaction must satisfy to enter the next block (its base fee follows from the head).</summary>
    public AdmissionContext NextBlockAdmission()
    {
        var current = Current;
        var gas = current.Parameters.Gas;
        return new AdmissionContext(Genesis.ChainId, BaseFeeRule.ForChildOf(current.Block.Header, gas), Genesis.Rollup.BlockGasLimit, gas);
    }

    private HeadSnapshot Snapshot(Block block) => new(block, ParametersStore.Read(OpenState()));

    private sealed record HeadSnapshot(Block Block, ProtocolParameters Parameters);
}
