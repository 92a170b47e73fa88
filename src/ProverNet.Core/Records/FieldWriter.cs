using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace ProverNet.Core.Records;

/// <summary>
/// Builds a canonical record encoding: fixed-width big-endian fields in the order written (texts and lists prefixed by
/// their 32-bit length). The one writer of the chain's stored records — accounts, provers, market records — and of the
/// clearing round's outcome; <see cref="FieldReader"/> reads it back.
/// </summary>
public sealed class FieldWriter
{
    private readonly ArrayBufferWriter<byte> buffer;

    /// <summary>A writer whose buffer starts with room for <paramref name="capacity"/> bytes (it grows as needed).</summary>
    public FieldWriter(int capacity = 128)
    {
        buffer = new ArrayBufferWriter<byte>(capacity);
    }

    /// <summary>Bytes written so far.</summary>
    public int Length => buffer.WrittenCount;

    /// <summary>One byte.</summary>
    public FieldWriter U8(byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
        return this;
    }

    /// <summary>A count of list items or bytes, as a 32-bit unsigned integer.</summary>
    public FieldWriter Count(int count) => U32(checked((uint)count));

    /// <summary>A 32-bit unsigned integer, big-endian.</summary>
    public FieldWriter U32(uint value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(buffer.GetSpan(sizeof(uint)), value);
        buffer.Advance(sizeof(uint));
        return this;
    }

    /// <summary>A 64-bit unsigned integer, big-endian.</summary>
    public FieldWriter U64(ulong value)
    {
        BinaryPrimitives.WriteUInt64BigEndian(buffer.GetSpan(sizeof(ulong)), value);
        buffer.Advance(sizeof(ulong));
        return this;
    }

    /// <summary>A 128-bit unsigned integer, big-endian.</summary>
    public FieldWriter U128(UInt128 value)
    {
        BinaryPrimitives.WriteUInt128BigEndian(buffer.GetSpan(16), value);
        buffer.Advance(16);
        return this;
    }

    /// <summary>An address, 20 bytes.</summary>
    public FieldWriter Account(Address value)
    {
        value.WriteTo(buffer.GetSpan(Address.Length));
        buffer.Advance(Address.Length);
        return this;
    }

    /// <summary>A hash, 32 bytes.</summary>
    public FieldWriter Hash(Hash256 value)
    {
        value.WriteTo(buffer.GetSpan(Hash256.Length));
        buffer.Advance(Hash256.Length);
        return this;
    }

    /// <summary>UTF-8 text prefixed by its byte length (u32).</summary>
    public FieldWriter Text(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        U32((uint)bytes.Length);
        buffer.Write(bytes);
        return this;
    }

    /// <summary>The encoding written so far, exactly.</summary>
    public byte[] ToArray() => buffer.WrittenSpan.ToArray();
}
