using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using ProverNet.Core;

namespace ProverNet.Chain.Market;

/// <summary>Builds the canonical encoding of a market record: fixed-width big-endian fields in declaration order.</summary>
internal sealed class RecordWriter
{
    private readonly ArrayBufferWriter<byte> buffer = new(128);

    public RecordWriter U8(byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
        return this;
    }

    public RecordWriter U32(uint value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(buffer.GetSpan(sizeof(uint)), value);
        buffer.Advance(sizeof(uint));
        return this;
    }

    public RecordWriter U64(ulong value)
    {
        BinaryPrimitives.WriteUInt64BigEndian(buffer.GetSpan(sizeof(ulong)), value);
        buffer.Advance(sizeof(ulong));
        return this;
    }

    public RecordWriter U128(UInt128 value)
    {
        BinaryPrimitives.WriteUInt128BigEndian(buffer.GetSpan(16), value);
        buffer.Advance(16);
        return this;
    }

    public RecordWriter Account(Address value)
    {
        value.WriteTo(buffer.GetSpan(Address.Length));
        buffer.Advance(Address.Length);
        return this;
    }

    public RecordWriter Hash(Hash256 value)
    {
        value.WriteTo(buffer.GetSpan(Hash256.Length));
        buffer.Advance(Hash256.Length);
        return this;
    }

    /// <summary>UTF-8 text prefixed by its byte length (u32).</summary>
    public RecordWriter Text(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        U32((uint)bytes.Length);
        buffer.Write(bytes);
        return this;
    }

    public byte[] ToArray() => buffer.WrittenSpan.ToArray();
}
