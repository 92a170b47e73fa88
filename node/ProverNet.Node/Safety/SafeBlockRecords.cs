using System.Buffers.Binary;
using System.Text;
using ProverNet.Chain.Blocks;
using ProverNet.Core;
using ProverNet.Derivation.Safe;
using ProverNet.Storage;

namespace ProverNet.Node.Safety;

/// <summary>
/// The safe blocks of the newest <see cref="Kept"/> heights with the derivation cursor of each
/// (<see cref="ColumnFamily.SafeBlocks"/>), and the safe head. Written after the block itself commits: a crash between
/// the two leaves the record behind the block, and derivation resumes at the record — it derives that block again,
/// or finds it already there.
/// </summary>
public sealed class SafeBlockRecords
{
    /// <summary>Heights of records kept below the safe head: how deep an L1 reorg can take safe derivation back.</summary>
    public const ulong Kept = 4_096;

    private static readonly byte[] HeadKey = Encoding.ASCII.GetBytes("safe-head");
    private readonly IKeyValueStore store;

    /// <summary>The records in <paramref name="store"/>.</summary>
    public SafeBlockRecords(IKeyValueStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
    }

    /// <summary>The safe head's record; genesis (block 0, nothing read) when none was written.</summary>
    public SafeRecord Head(Block genesis)
    {
        ArgumentNullException.ThrowIfNull(genesis);
        return store.Get(ColumnFamily.Metadata, HeadKey) is { } number && Get(BinaryPrimitives.ReadUInt64BigEndian(number)) is { } record
            ? record
            : new SafeRecord(0, genesis.Hash, null);
    }

    /// <summary>The record of safe block <paramref name="number"/>, if kept.</summary>
    public SafeRecord? Get(ulong number)
    {
        if (store.Get(ColumnFamily.SafeBlocks, Key(number)) is not { } value)
        {
            return null;
        }

        if (value.Length != Hash256.Length + SafeCursor.EncodedLength)
        {
            throw new InvalidDataException($"the safe record of block {number} is {value.Length} bytes: the store is corrupt");
        }

        return new SafeRecord(number, new Hash256(value.AsSpan(0, Hash256.Length)), SafeCursor.Decode(value.AsSpan(Hash256.Length)));
    }

    /// <summary>Records <paramref name="block"/> as the safe head, made at <paramref name="cursor"/>.</summary>
    public void Record(Block block, SafeCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(block);
        using var batch = store.StartBatch();
        batch.Put(ColumnFamily.SafeBlocks, Key(block.Number), [.. block.Hash.ToArray(), .. cursor.Encode()]);
        batch.Put(ColumnFamily.Metadata, HeadKey, Key(block.Number));
        if (block.Number > Kept)
        {
            batch.Delete(ColumnFamily.SafeBlocks, Key(block.Number - Kept - 1));
        }

        batch.Commit();
    }

    /// <summary>Takes the safe head back to <paramref name="number"/> (an L1 reorg): the records above it go.</summary>
    public void RewindTo(ulong number)
    {
        using var batch = store.StartBatch();
        foreach (var entry in store.Iterate(ColumnFamily.SafeBlocks, Key(number + 1), null))
        {
            batch.Delete(ColumnFamily.SafeBlocks, entry.Key);
        }

        batch.Put(ColumnFamily.Metadata, HeadKey, Key(number));
        batch.Commit();
    }

    private static byte[] Key(ulong number)
    {
        var key = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(key, number);
        return key;
    }
}
