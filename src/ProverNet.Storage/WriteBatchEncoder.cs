using System.Buffers;
using System.Buffers.Binary;

namespace ProverNet.Storage;

/// <summary>
/// Builds a RocksDB write batch in its serialized form (<c>WriteBatch::rep_</c>, the layout RocksDB itself writes to the
/// WAL: a 12-byte header of sequence number and record count, then one record per operation) in a pooled managed buffer,
/// so that a batch of a few hundred thousand entries costs one native call instead of one per entry, and no native
/// string regrowth. Record layout (rocksdb/db/write_batch.cc): value in the default family <c>0x01 key value</c>, in
/// another family <c>0x05 varint32(id) key value</c>; deletion <c>0x00 key</c> / <c>0x04 varint32(id) key</c>; key and
/// value as <c>varint32(length) bytes</c>.
/// </summary>
internal sealed class WriteBatchEncoder : IDisposable
{
    private const int HeaderLength = 12;
    private const int CountOffset = 8;
    private const int InitialCapacity = 64 << 10;
    private const int MaxVarint32Length = 5;
    private const byte DefaultFamilyValue = 0x01;
    private const byte DefaultFamilyDeletion = 0x00;
    private const byte FamilyValue = 0x05;
    private const byte FamilyDeletion = 0x04;

    private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialCapacity);
    private int length = HeaderLength;

    public WriteBatchEncoder() => buffer.AsSpan(0, HeaderLength).Clear();

    /// <summary>The number of operations recorded.</summary>
    public int Count { get; private set; }

    /// <summary>The serialized batch so far (valid until the next call).</summary>
    public ReadOnlySpan<byte> Representation => buffer.AsSpan(0, length);

    /// <summary>The buffer holding <see cref="Representation"/> from offset 0.</summary>
    public byte[] Buffer => buffer;

    /// <summary>Records a put of <paramref name="value"/> under <paramref name="key"/> in family <paramref name="familyId"/>.</summary>
    public void Put(uint familyId, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        var destination = Reserve((2 * MaxVarint32Length) + MaxVarint32Length + 1 + key.Length + value.Length);
        var at = WriteTag(destination, familyId, DefaultFamilyValue, FamilyValue);
        at += WriteSlice(destination[at..], key);
        at += WriteSlice(destination[at..], value);
        Commit(at);
    }

    /// <summary>Records a deletion of <paramref name="key"/> in family <paramref name="familyId"/>.</summary>
    public void Delete(uint familyId, ReadOnlySpan<byte> key)
    {
        var destination = Reserve((2 * MaxVarint32Length) + 1 + key.Length);
        var at = WriteTag(destination, familyId, DefaultFamilyDeletion, FamilyDeletion);
        at += WriteSlice(destination[at..], key);
        Commit(at);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
        }
    }

    private static int WriteTag(Span<byte> destination, uint familyId, byte defaultFamilyTag, byte familyTag)
    {
        if (familyId == 0)
        {
            destination[0] = defaultFamilyTag;
            return 1;
        }

        destination[0] = familyTag;
        return 1 + WriteVarint32(destination[1..], familyId);
    }

    private static int WriteSlice(Span<byte> destination, ReadOnlySpan<byte> bytes)
    {
        var at = WriteVarint32(destination, (uint)bytes.Length);
        bytes.CopyTo(destination[at..]);
        return at + bytes.Length;
    }

    private static int WriteVarint32(Span<byte> destination, uint value)
    {
        var at = 0;
        while (value >= 0x80)
        {
            destination[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[at++] = (byte)value;
        return at;
    }

    private Span<byte> Reserve(int atMost)
    {
        if (buffer.Length - length < atMost)
        {
            var grown = ArrayPool<byte>.Shared.Rent(checked(Math.Max(buffer.Length * 2, length + atMost)));
            buffer.AsSpan(0, length).CopyTo(grown);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = grown;
        }

        return buffer.AsSpan(length);
    }

    private void Commit(int written)
    {
        length += written;
        Count++;
        BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(CountOffset), (uint)Count);
    }
}
