using System.Buffers.Binary;
using System.Text;

namespace ProverNet.Core.Records;

/// <summary>
/// Builds a canonical record encoding: fixed-width big-endian fields in the order written (texts and lists prefixed by
/// their 32-bit length). The one writer of the chain's stored records — accounts, provers, market records — and of the
/// clearing round's outcome; <see cref="FieldReader"/> reads it back.
/// </summary>
/// <remarks>
/// Records are written on every transaction, so a writer given its exact size allocates only the array it returns.
/// </remarks>
public sealed class FieldWriter
{
    private byte[] buffer;
    private int length;

    /// <summary>A writer whose buffer starts with room for <paramref name="capacity"/> bytes (it grows as needed).</summary>
    public FieldWriter(int capacity = 128)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        buffer = new byte[capacity];
    }

    /// <summary>Bytes written so far.</summary>
    public int Length => length;

    /// <summary>One byte.</summary>
    public FieldWriter U8(byte value)
    {
        Next(1)[0] = value;
        return this;
    }

    /// <summary>A count of list items or bytes, as a 32-bit unsigned integer.</summary>
    public FieldWriter Count(int count) => U32(checked((uint)count));

    /// <summary>A 32-bit unsigned integer, big-endian.</summary>
    public FieldWriter U32(uint value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(Next(sizeof(uint)), value);
        return this;
    }

    /// <summary>A 64-bit unsigned integer, big-endian.</summary>
    public FieldWriter U64(ulong value)
    {
        BinaryPrimitives.WriteUInt64BigEndian(Next(sizeof(ulong)), value);
        return this;
    }

    /// <summary>A 128-bit unsigned integer, big-endian.</summary>
    public FieldWriter U128(UInt128 value)
    {
        BinaryPrimitives.WriteUInt128BigEndian(Next(16), value);
        return this;
    }

    /// <summary>An address, 20 bytes.</summary>
    public FieldWriter Account(Address value)
    {
        value.WriteTo(Next(Address.Length));
        return this;
    }

    /// <summary>A hash, 32 bytes.</summary>
    public FieldWriter Hash(Hash256 value)
    {
        value.WriteTo(Next(Hash256.Length));
        return this;
    }

    /// <summary>UTF-8 text prefixed by its byte length (u32).</summary>
    public FieldWriter Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var bytes = Encoding.UTF8.GetBytes(value);
        U32((uint)bytes.Length);
        bytes.CopyTo(Next(bytes.Length));
        return this;
    }

    /// <summary>
    /// The encoding written so far, exactly: the buffer itself when it is full (a later write moves to a new buffer, so
    /// the array returned never changes), a copy otherwise.
    /// </summary>
    public byte[] ToArray() => length == buffer.Length ? buffer : buffer.AsSpan(0, length).ToArray();

    private Span<byte> Next(int size)
    {
        if (buffer.Length - length < size)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + size));
        }

        var span = buffer.AsSpan(length, size);
        length += size;
        return span;
    }
}
