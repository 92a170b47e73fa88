using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Rlp;
using ProverNet.Storage;

namespace ProverNet.Chain.Blocks;

/// <summary>
/// Blocks, receipts and their indexes in an <see cref="IKeyValueStore"/>. <see cref="Add"/> only records writes in the
/// caller's batch, so that the block, its receipts, the head pointer and the state it produced become durable in one
/// atomic commit: after a crash the head always names a block whose state is there too. The transaction and log indexes
/// are written behind the head by a <see cref="ChainIndexer"/>, off the block's critical path; lookups cover the
/// blocks it has not reached yet by reading them.
/// Layout (README.md): Blocks 8-byte number → block; BlockHashes hash → number; Receipts number → receipt list;
/// Transactions hash → number ‖ 4-byte index; Logs per <see cref="LogIndex"/>; Metadata "head" → number, "indexed" →
/// the last block whose indexes are written.
/// </summary>
public sealed class BlockStore
{
    private const string ReceiptsWhat = "receipts";

    private readonly IKeyValueStore store;

    /// <summary>Reads and writes blocks in <paramref name="store"/>, which the caller owns.</summary>
    public BlockStore(IKeyValueStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
        Logs = new LogIndex(store, this);
    }

    /// <summary>The index of logs by topic.</summary>
    public LogIndex Logs { get; }

    /// <summary>The number of the last committed block, or <see langword="null"/> for an empty store.</summary>
    public ulong? HeadNumber => store.Get(ColumnFamily.Metadata, BlockStoreKeys.Head) is { } value
        ? BlockStoreKeys.ReadNumber(value)
        : null;

    /// <summary>The last block whose transaction and log indexes are written, or <see langword="null"/> for none.</summary>
    public ulong? IndexedThrough => store.Get(ColumnFamily.Metadata, BlockStoreKeys.Indexed) is { } value
        ? BlockStoreKeys.ReadNumber(value)
        : null;

    /// <summary>The first block the indexes do not cover yet (every block from it to the head is read instead).</summary>
    internal ulong FirstUnindexed => IndexedThrough is { } indexed ? indexed + 1 : 0;

    /// <summary>The last committed block, or <see langword="null"/> for an empty store.</summary>
    public Block? Head => HeadNumber is { } number ? GetByNumber(number) : null;

    /// <summary>
    /// Records <paramref name="block"/>, its <paramref name="receipts"/> (one per transaction, in execution order) and
    /// its hash, and moves the head to it — all in <paramref name="batch"/>; nothing is visible until the batch commits.
    /// Chain linkage (parent hash, next number) is the block processor's to check.
    /// </summary>
    /// <exception cref="ArgumentException">The receipts do not match the block's transactions one to one.</exception>
    /// <exception cref="InvalidOperationException">Another block is already stored at this height.</exception>
    public void Add(Block block, IReadOnlyList<Receipt> receipts, IWriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(receipts);
        ArgumentNullException.ThrowIfNull(batch);
        var hashes = block.Body.TransactionHashes;
        if (receipts.Count != hashes.Count)
        {
            throw new ArgumentException($"block {block.Number} has {hashes.Count} transactions but {receipts.Count} receipts", nameof(receipts));
        }

        for (var i = 0; i < hashes.Count; i++)
        {
            if (receipts[i].TransactionHash != hashes[i])
            {
                throw new ArgumentException($"receipt {i} of block {block.Number} is for {receipts[i].TransactionHash}, not {hashes[i]}", nameof(receipts));
            }
        }

        // Replacing a block would leave its hash and transactions indexed; that needs an explicit rewind.
        if (GetNumber(block.Hash) is null && store.Get(ColumnFamily.Blocks, BlockStoreKeys.Number(block.Number)) is not null)
        {
            throw new InvalidOperationException($"a different block is already stored at height {block.Number}");
        }

        var numberKey = BlockStoreKeys.Number(block.Number);
        using (var encoding = block.Body.RentBlockEncoding(block.Header.Encode()))
        {
            batch.Put(ColumnFamily.Blocks, numberKey, encoding.Span);
        }

        batch.Put(ColumnFamily.BlockHashes, block.Hash.ToArray(), numberKey);
        using (var encoding = RentReceiptsEncoding(receipts))
        {
            batch.Put(ColumnFamily.Receipts, numberKey, encoding.Span);
        }
        batch.Put(ColumnFamily.Metadata, BlockStoreKeys.Head, numberKey);
    }

    /// <summary>Records in <paramref name="batch"/> what block <paramref name="number"/> changed in the state, for <see cref="Remove"/>.</summary>
    public static void AddUndo(ulong number, StateUndo undo, IWriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(undo);
        ArgumentNullException.ThrowIfNull(batch);
        batch.Put(ColumnFamily.StateUndo, BlockStoreKeys.Number(number), undo.Encode());
    }

    /// <summary>Forgets in <paramref name="batch"/> the undo record of block <paramref name="number"/>: it can no longer be rewound.</summary>
    public static void DropUndo(ulong number, IWriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        batch.Delete(ColumnFamily.StateUndo, BlockStoreKeys.Number(number));
    }

    /// <summary>The state entries block <paramref name="number"/> changed, as they were before it; null when not kept.</summary>
    /// <exception cref="RlpDecodingException">The stored bytes are corrupt.</exception>
    public StateUndo? GetUndo(ulong number) =>
        store.Get(ColumnFamily.StateUndo, BlockStoreKeys.Number(number)) is { } encoding ? StateUndo.Decode(encoding) : null;

    /// <summary>
    /// Removes the head block in <paramref name="batch"/> — the block, its hash, receipts, undo record and, if written,
    /// its transaction and log indexes — and moves the head (and the indexed marker) to its parent. The state is the
    /// caller's to restore in the same batch.
    /// </summary>
    /// <exception cref="InvalidOperationException"><paramref name="head"/> is not the stored head, or is the genesis block.</exception>
    public void Remove(Block head, IWriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(batch);
        if (head.Number == 0 || GetNumber(head.Hash) != head.Number)
        {
            throw new InvalidOperationException($"block {head.Number} ({head.Hash}) is not a stored block above genesis");
        }

        var numberKey = BlockStoreKeys.Number(head.Number);
        var parentKey = BlockStoreKeys.Number(head.Number - 1);
        if (IndexedThrough is { } indexed && indexed >= head.Number)
        {
            var hashes = head.Body.TransactionHashes;
            for (var i = 0; i < hashes.Count; i++)
            {
                batch.Delete(ColumnFamily.Transactions, hashes[i].ToArray());
            }

            LogIndex.Remove(head.Number, GetReceipts(head.Number) ?? [], batch);
            batch.Put(ColumnFamily.Metadata, BlockStoreKeys.Indexed, parentKey);
        }

        batch.Delete(ColumnFamily.Blocks, numberKey);
        batch.Delete(ColumnFamily.BlockHashes, head.Hash.ToArray());
        batch.Delete(ColumnFamily.Receipts, numberKey);
        batch.Delete(ColumnFamily.StateUndo, numberKey);
        batch.Put(ColumnFamily.Metadata, BlockStoreKeys.Head, parentKey);
    }

    /// <summary>The block at <paramref name="number"/>, or <see langword="null"/>.</summary>
    /// <exception cref="RlpDecodingException">The stored bytes are corrupt.</exception>
    public Block? GetByNumber(ulong number) =>
        store.Get(ColumnFamily.Blocks, BlockStoreKeys.Number(number)) is { } encoding ? Block.Decode(encoding) : null;

    /// <summary>The header of the block at <paramref name="number"/>, or <see langword="null"/>, without decoding its transactions.</summary>
    /// <exception cref="RlpDecodingException">The stored bytes are corrupt.</exception>
    public BlockHeader? GetHeader(ulong number) =>
        store.Get(ColumnFamily.Blocks, BlockStoreKeys.Number(number)) is { } encoding ? Block.DecodeHeader(encoding) : null;

    /// <summary>The block whose hash is <paramref name="hash"/>, or <see langword="null"/>.</summary>
    public Block? GetByHash(Hash256 hash) => GetNumber(hash) is { } number ? GetByNumber(number) : null;

    /// <summary>The height of the block whose hash is <paramref name="hash"/>, or <see langword="null"/>.</summary>
    public ulong? GetNumber(Hash256 hash) =>
        store.Get(ColumnFamily.BlockHashes, hash.ToArray()) is { } value ? BlockStoreKeys.ReadNumber(value) : null;

    /// <summary>The receipts of block <paramref name="number"/> in execution order, or <see langword="null"/> if no such block.</summary>
    /// <exception cref="RlpDecodingException">The stored bytes are corrupt.</exception>
    public IReadOnlyList<Receipt>? GetReceipts(ulong number)
    {
        if (store.Get(ColumnFamily.Receipts, BlockStoreKeys.Number(number)) is not { } encoding)
        {
            return null;
        }

        var items = StrictRlpReader.OpenList(encoding, ReceiptsWhat);
        var receipts = new List<Receipt>();
        while (!items.IsAtEnd)
        {
            var fields = items.ReadList($"[{receipts.Count}]");
            receipts.Add(Receipt.ReadFields(ref fields));
        }

        return receipts;
    }

    /// <summary>Where the transaction <paramref name="transactionHash"/> was included, or <see langword="null"/>.</summary>
    public TransactionLocation? FindTransaction(Hash256 transactionHash)
    {
        // Read before the index: a block the indexer covers after this read is then either found in the index or read.
        var firstUnindexed = FirstUnindexed;
        if (store.Get(ColumnFamily.Transactions, transactionHash.ToArray()) is { } value)
        {
            return BlockStoreKeys.ReadLocation(value);
        }

        // Not indexed yet (or never included): read the blocks the indexer had not reached, newest first.
        if (HeadNumber is not { } head)
        {
            return null;
        }

        for (var above = head + 1; above > firstUnindexed; above--)
        {
            var hashes = GetByNumber(above - 1)?.Body.TransactionHashes ?? [];
            for (var i = 0; i < hashes.Count; i++)
            {
                if (hashes[i] == transactionHash)
                {
                    return new TransactionLocation(above - 1, i);
                }
            }
        }

        return null;
    }

    /// <summary>The list of <paramref name="receipts"/>' encodings, as <see cref="Receipt.WriteTo"/> writes them for the receipts root.</summary>
    private static RentedEncoding RentReceiptsEncoding(IReadOnlyList<Receipt> receipts)
    {
        var payload = 0;
        for (var i = 0; i < receipts.Count; i++)
        {
            payload += receipts[i].EncodedLength;
        }

        var encoding = new RentedEncoding(RlpWriter.GetListHeaderLength(payload) + payload);
        var at = RlpWriter.WriteListHeader(encoding.Span, payload);
        for (var i = 0; i < receipts.Count; i++)
        {
            at += receipts[i].WriteTo(encoding.Span[at..]);
        }

        return encoding;
    }
}
