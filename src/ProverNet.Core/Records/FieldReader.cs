using System.Buffers.Binary;
using System.Text;

namespace ProverNet.Core.Records;

/// <summary>Reads what <see cref="FieldWriter"/> wrote; any shortfall or leftover means a corrupt store.</summary>
public ref struct FieldReader
{
    private readonly string record;
    private ReadOnlySpan<byte> rest;

    /// <summary>Reads <paramref name="bytes"/>, a stored <paramref name="record"/> (named in errors).</summary>
    public FieldReader(ReadOnlySpan<byte> bytes, string record)
    {
        rest = bytes;
        this.record = record;
    }

    /// <summary>One byte.</summary>
    /// <exception cref="InvalidDataException">The record is truncated.</exception>
    public byte U8() => Take(1)[0];

    /// <summary>A 32-bit unsigned integer, big-endian.</summary>
    /// <exception cref="InvalidDataException">The record is truncated.</exception>
    public uint U32() => BinaryPrimitives.ReadUInt32BigEndian(Take(sizeof(uint)));

    /// <summary>A 64-bit unsigned integer, big-endian.</summary>
    /// <exception cref="InvalidDataException">The record is truncated.</exception>
    public ulong U64() => BinaryPrimitives.ReadUInt64BigEndian(Take(sizeof(ulong)));

    /// <summary>A 128-bit unsigned integer, big-endian.</summary>
    /// <exception cref="InvalidDataException">The record is truncated.</exception>
    public UInt128 U128() => BinaryPrimitives.ReadUInt128BigEndian(Take(16));

    /// <summary>An address, 20 bytes.</summary>
    /// <exception cref="InvalidDataException">The record is truncated.</exception>
    public Address Account() => new(Take(Address.Length));

    /// <summary>A hash, 32 bytes.</summary>
    /// <exception cref="InvalidDataException">The record is truncated.</exception>
    public Hash256 Hash() => new(Take(Hash256.Length));

    /// <summary>UTF-8 text prefixed by its byte length (u32).</summary>
    /// <exception cref="InvalidDataException">The record is truncated.</exception>
    public string Text() => Encoding.UTF8.GetString(Take(checked((int)U32())));

    /// <summary>Reads a status byte that must name a member of <typeparamref name="TEnum"/>.</summary>
    public TEnum Status<TEnum>()
        where TEnum : struct, Enum
    {
        var value = U8();
        var status = (TEnum)Enum.ToObject(typeof(TEnum), value);
        return Enum.IsDefined(status) ? status : throw Corrupt($"unknown status {value}");
    }

    /// <summary>Checks that every byte was read.</summary>
    /// <exception cref="InvalidDataException">Bytes are left over.</exception>
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
