using ProverNet.Chain.Blocks;
using ProverNet.Chain.Market;
using ProverNet.Chain.Genesis;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Storage;

namespace ProverNet.Chain.Execution;

/// <summary>
/// Turns blocks into state, one at a time on top of the stored head, with one code path for both strategies: a
/// sequencer <see cref="Produce"/>s a block from a transaction source, a follower or a replay <see cref="Import(Block)"/>s a
/// block produced elsewhere and rejects it unless every header field follows. Each block and all its state changes
/// commit in one write batch, so a node killed at any instant restarts at its last committed block.
/// </summary>
public sealed class BlockProcessor
{
    private readonly IKeyValueStore store;
    private readonly ChainGenesis genesis;
    private readonly WorldState state;
    private readonly TransactionDecoder decoder;
    private readonly ulong rewindDepth;

    /// <summary>Opens the chain in <paramref name="store"/>, writing the genesis block first if the store is new.</summary>
    /// <param name="store">The chain's store.</param>
    /// <param name="genesis">Its network.</param>
    /// <param name="rewindDepth">
    /// How many of the newest blocks keep an undo record, so that <see cref="RewindTo"/> can take them back (an L1
    /// reorg); 0 keeps none, for a chain that follows no L1.
    /// </param>
    /// <exception cref="InvalidOperationException">The store holds a chain of another genesis.</exception>
    public BlockProcessor(IKeyValueStore store, ChainGenesis genesis, ulong rewindDepth = 0)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(genesis);
        this.store = store;
        this.genesis = genesis;
        this.rewindDepth = rewindDepth;
        state = new WorldState(store);
        Blocks = new BlockStore(store);
        decoder = new TransactionDecoder(genesis.ChainId);
        var genesisBlock = GenesisBlock.Build(genesis);
        Head = Blocks.Head ?? WriteGenesis(genesisBlock);
        if (Blocks.GetByNumber(0)?.Hash != genesisBlock.Hash)
        {
            throw new InvalidOperationException($"the store holds a chain whose genesis block is not {genesisBlock.Hash} ({genesis.Name})");
        }

        if (state.Root != Head.Header.StateRoot)
        {
            throw new InvalidDataException($"the stored state root {state.Root} is not block {Head.Number}'s {Head.Header.StateRoot}: the store is corrupt");
        }

        // The Market's open books are kept in memory: build them now, at start, rather than in the first block.
        _ = MarketModule.BooksOf(state, new MarketCatalog(ParametersStore.Read(state)), out _);
    }

    /// <summary>The network the chain belongs to.</summary>
    public ChainGenesis Genesis => genesis;

    /// <summary>The stored blocks, receipts and indexes.</summary>
    public BlockStore Blocks { get; }

    /// <summary>The last committed block.</summary>
    public Block Head { get; private set; }

    /// <summary>The state as of <see cref="Head"/> (read it between blocks, not while one is processed).</summary>
    public WorldState State => state;

    /// <summary>
    /// Builds, executes and commits the next block: the opening system transactions of <paramref name="attributes"/>, then
    /// user transactions drawn from <paramref name="source"/> while they fit (none when the block is past the sequencer
    /// drift, <see cref="L1OriginRule"/>), then the closing work.
    /// </summary>
    public ProcessedBlock Produce(BlockAttributes attributes, ITransactionSource source)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(source);
        return Process(attributes, builder =>
        {
            while (source.Next() is { } transaction)
            {
                var result = builder.TryApplyUser(transaction);
                source.Resolve(transaction, result);
                if (result.Action == PickAction.Stop)
                {
                    break;
                }
            }
        }, expected: null);
    }

    /// <summary>Re-executes <paramref name="block"/> on top of the head and commits it if it is exactly what the rules give.</summary>
    /// <exception cref="InvalidBlockException">Any field, transaction or root differs; nothing is stored.</exception>
    public ProcessedBlock Import(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Import(block, block.Body.OpeningSystemTransactions);
    }

    /// <summary>
    /// Re-executes <paramref name="block"/> with <paramref name="derivedOpening"/> — the inputs this node derived from L1
    /// for the block's origin — in place of the opening system transactions the block carries, and commits it only if
    /// it comes out identical: a sequencer cannot mint, stake or settle what L1 did not say.
    /// </summary>
    /// <exception cref="InvalidBlockException">Any field, transaction or root differs; nothing is stored.</exception>
    public ProcessedBlock Import(Block block, IReadOnlyList<SystemTransaction> derivedOpening)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(derivedOpening);
        using var recovery = new PipelinedRecovery(block.Body.UserTransactions, decoder);
        return ImportRecovered(block, derivedOpening, recovery, onUserTransactionsApplied: null);
    }

    /// <summary>
    /// Builds the next block from <paramref name="attributes"/> derived from L1 and <paramref name="userTransactions"/>
    /// taken from a batch — the block a validator rebuilds from L1 data alone. Every transaction must apply: a batch
    /// carrying one that does not is invalid as a whole, so nothing is stored then.
    /// </summary>
    /// <exception cref="InvalidBlockException">A transaction does not decode or does not apply here, or the attributes break the origin rules.</exception>
    public ProcessedBlock Derive(BlockAttributes attributes, IReadOnlyList<ReadOnlyMemory<byte>> userTransactions)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(userTransactions);
        using var recovery = new PipelinedRecovery(userTransactions, decoder);
        return Process(attributes, builder => ApplyAll(builder, Head.Number + 1, userTransactions.Count, recovery, onUserTransactionsApplied: null), expected: null, userTransactions.Count);
    }

    /// <summary>
    /// Imports <paramref name="blocks"/> in order, as <see cref="Import(Block)"/> one by one, but recovers each block's
    /// senders while the block before it finishes (its clearing, roots and commit run mostly on one core), so a follower
    /// or a replay keeps both cores busy. <paramref name="imported"/> sees each block once it is committed.
    /// </summary>
    /// <returns>The number of blocks imported.</returns>
    /// <exception cref="InvalidBlockException">A block is invalid; the blocks before it stay committed.</exception>
    public int ImportAll(IEnumerable<Block> blocks, Action<ProcessedBlock>? imported = null)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        using var pending = blocks.GetEnumerator();
        if (!pending.MoveNext())
        {
            return 0;
        }

        var block = pending.Current;
        var recovery = new PipelinedRecovery(block.Body.UserTransactions, decoder);
        PipelinedRecovery? nextRecovery = null;
        var count = 0;
        try
        {
            while (true)
            {
                var next = pending.MoveNext() ? pending.Current : null;
                var processed = ImportRecovered(block, block.Body.OpeningSystemTransactions, recovery, () =>
                    nextRecovery = next is null ? null : new PipelinedRecovery(next.Body.UserTransactions, decoder));
                recovery.Dispose();
                count++;
                imported?.Invoke(processed);
                if (next is null)
                {
                    return count;
                }

                block = next;
                recovery = nextRecovery ?? new PipelinedRecovery(next.Body.UserTransactions, decoder);
                nextRecovery = null;
            }
        }
        finally
        {
            recovery.Dispose();
            nextRecovery?.Dispose();
        }
    }

    private ProcessedBlock ImportRecovered(Block block, IReadOnlyList<SystemTransaction> opening, PipelinedRecovery recovery, Action? onUserTransactionsApplied)
    {
        var header = block.Header;
        if (header.Number != Head.Number + 1 || header.ParentHash != Head.Hash)
        {
            throw new InvalidBlockException($"block {header.Number} ({block.Hash}) does not extend the head {Head.Number} ({Head.Hash})");
        }

        var attributes = new BlockAttributes(header.Timestamp, header.L1Origin, opening);
        return Process(attributes, builder => ApplyAll(builder, header.Number, block.Body.UserTransactions.Count, recovery, onUserTransactionsApplied), block, block.Body.UserTransactions.Count);
    }

    // Every one of the block's user transactions, in order; the first that does not apply makes the block invalid.
    private static void ApplyAll(BlockBuilder builder, ulong number, int count, PipelinedRecovery recovery, Action? onUserTransactionsApplied)
    {
        for (var i = 0; i < count; i++)
        {
            var transaction = recovery.Take(i, out var error)
                ?? throw new InvalidBlockException($"block {number}: user transaction {i} does not decode: {error}");
            var result = builder.TryApplyUser(transaction);
            if (result.Action != PickAction.Add)
            {
                throw new InvalidBlockException($"block {number}: user transaction {i} ({transaction.Hash}) is not valid here: {result.Reason}");
            }
        }

        onUserTransactionsApplied?.Invoke();
    }

    // `carried`: how many user transactions the block must hold (an import's or a batch's); 0 when producing.
    private ProcessedBlock Process(BlockAttributes attributes, Action<BlockBuilder> addUserTransactions, Block? expected, int carried = 0)
    {
        var parent = Head.Header;
        if (attributes.Timestamp < parent.Timestamp)
        {
            throw new InvalidBlockException($"block {parent.Number + 1}: timestamp {attributes.Timestamp} is before its parent's {parent.Timestamp}");
        }

        L1OriginRule.Check(parent, attributes);
        var userTransactionsAllowed = L1OriginRule.AllowsUserTransactions(attributes.Timestamp, attributes.L1Origin, genesis);
        if (!userTransactionsAllowed && carried > 0)
        {
            throw new InvalidBlockException(
                $"block {parent.Number + 1}: its time {attributes.Timestamp} is more than {genesis.Rollup.MaxSequencerDriftSec} s past its L1 origin's {attributes.L1Origin.Timestamp}, so it may carry no user transactions");
        }

        var parameters = ParametersStore.Read(state);
        var environment = BlockEnvironment.ForChildOf(parent, attributes.Timestamp, parameters, genesis, attributes.L1Origin);
        var builder = new BlockBuilder(new ExecutionScope(state, environment));
        var undo = rewindDepth > 0 ? new StateUndo() : null;
        using var batch = store.StartBatch();
        try
        {
            foreach (var transaction in attributes.OpeningSystemTransactions)
            {
                builder.ApplyOpening(transaction);
            }

            if (userTransactionsAllowed)
            {
                addUserTransactions(builder);
            }

            builder.Close();
            var body = builder.Body;
            var header = new BlockHeader(
                environment.Number,
                Head.Hash,
                environment.Timestamp,
                attributes.L1Origin,
                state.Commit(batch, undo),
                body.TransactionsRoot,
                Receipt.ComputeRoot(builder.Receipts),
                builder.Scope.Outbox.Root,
                builder.GasUsed,
                environment.GasLimit,
                environment.BaseFee,
                builder.Clearing?.Hash ?? Hash256.Zero);
            var block = new Block(header, body);
            if (expected is not null && !expected.Equals(block))
            {
                throw new InvalidBlockException(BlockMismatch.Describe(expected, block));
            }

            Blocks.Add(block, builder.Receipts, batch);
            if (undo is not null)
            {
                BlockStore.AddUndo(block.Number, undo, batch);
                if (block.Number > rewindDepth)
                {
                    BlockStore.DropUndo(block.Number - rewindDepth, batch);
                }
            }

            batch.Commit();
            state.Release();
            Head = block;
            return new ProcessedBlock(block, builder.Receipts, builder.Clearing);
        }
        catch
        {
            state.Discard();
            throw;
        }
    }

    /// <summary>How many of the newest blocks keep an undo record, so that they can be taken back (0: none).</summary>
    public ulong RewindDepth => rewindDepth;

    /// <summary>Whether <see cref="RewindTo"/> can take the chain back to block <paramref name="number"/>: every block above it keeps its undo record.</summary>
    public bool CanRewindTo(ulong number) => number >= Head.Number || Blocks.GetUndo(number + 1) is not null;

    /// <summary>
    /// Takes the blocks above <paramref name="number"/> back, in one write batch: their state changes are undone (the
    /// state root must come out as block <paramref name="number"/>'s), and they leave the store with their receipts and
    /// indexes. Afterwards the chain is exactly as it was when block <paramref name="number"/> was the head.
    /// </summary>
    /// <returns>The blocks taken back, newest first.</returns>
    /// <exception cref="InvalidOperationException">A block to take back has no undo record (deeper than the rewind depth).</exception>
    /// <exception cref="InvalidDataException">The undone state does not have the block's root: the store is corrupt.</exception>
    public IReadOnlyList<Block> RewindTo(ulong number)
    {
        if (number >= Head.Number)
        {
            return [];
        }

        var target = Blocks.GetByNumber(number) ?? throw new InvalidDataException($"block {number} is missing below the head: the store is corrupt");
        var dropped = new List<Block>();
        using var batch = store.StartBatch();
        try
        {
            for (var block = Head; block.Number > number; block = Blocks.GetByNumber(block.Number - 1)!)
            {
                var undo = Blocks.GetUndo(block.Number)
                    ?? throw new InvalidOperationException($"block {block.Number} keeps no undo record: only the newest {rewindDepth} blocks can be taken back");
                undo.ApplyTo(state);
                Blocks.Remove(block, batch);
                dropped.Add(block);
            }

            var root = state.Commit(batch);
            if (root != target.Header.StateRoot)
            {
                throw new InvalidDataException($"undoing blocks {number + 1}–{Head.Number} gives state root {root}, not block {number}'s {target.Header.StateRoot}: the store is corrupt");
            }

            batch.Commit();
            state.Release();
            Head = target;
            return dropped;
        }
        catch
        {
            state.Discard();
            throw;
        }
    }

    private Block WriteGenesis(Block block)
    {
        GenesisState.Apply(state, genesis);
        using var batch = store.StartBatch();
        var root = state.Commit(batch);
        if (root != block.Header.StateRoot)
        {
            throw new InvalidOperationException($"genesis state root {root} differs from the genesis block's {block.Header.StateRoot}");
        }

        Blocks.Add(block, [], batch);
        batch.Commit();
        state.Release();
        return block;
    }
}
