using System.Buffers.Binary;
using System.Text;
using ProverNet.Core;

namespace ProverNet.Chain.Market;

/// <summary>Reads what <see cref="RecordWriter"/> wrote; any shortfall or leftover means a corrupt store.</summary>
internal ref struct RecordReader
{
    private readonly string record;
    private ReadOnlySpan<byte> rest;

    public RecordReader(ReadOnlySpan<byte> bytes, string record)
    {
        rest = bytes;
        this.record = record;
    }

    public byte U8() => Take(1)[0];

    public uint U32() => BinaryPrimitives.ReadUInt32BigEndian(Take(sizeof(uint)));

    public ulong U64() => BinaryPrimitives.ReadUInt64BigEndian(Take(sizeof(ulong)));

    public UInt128 U128() => BinaryPrimitives.ReadUInt128BigEndian(Take(16));

    public Address Account() => new(Take(Address.Length));

    public Hash256 Hash() => new(Take(Hash256.Length));

    public string Text() => Encoding.UTF8.GetString(Take(checked((int)U32())));

    /// <summary>Reads a status byte that must name a member of <typeparamref name="TEnum"/>.</summary>
    public TEnum Status<TEnum>()
        where TEnum : struct, Enum
    {
        var value = U8();
        var status = (TEnum)Enum.ToObject(typeof(TEnum), value);
        return Enum.IsDefined(status) ? status : throw Corrupt($"unknown status {value}");
    }

    public readonly void End()
    {
        if (!rest.IsEmpty)
        {
            throw Corrupt($"{rest.Length} bytes left over");
        }
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (rest.Length < length)
        {
            throw Corrupt("truncated");
        }

        var taken = rest[..length];
        rest = rest[length..];
        return taken;
    }

    private readonly InvalidDataException Corrupt(string problem) => new($"a stored {record} is corrupt: {problem}");
}
