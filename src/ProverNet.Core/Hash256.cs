using System.Buffers.Binary;

namespace ProverNet.Core;

/// <summary>A 32-byte hash, compared and ordered as a big-endian number (the byte order of its hex form).</summary>
public readonly struct Hash256 : IEquatable<Hash256>, IComparable<Hash256>
{
    /// <summary>Bytes in a hash.</summary>
    public const int Length = 32;

    private readonly ulong word0;
    private readonly ulong word1;
    private readonly ulong word2;
    private readonly ulong word3;

    /// <summary>Creates a hash from exactly 32 bytes.</summary>
    public Hash256(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"a hash is {Length} bytes, got {bytes.Length}", nameof(bytes));
        }

        word0 = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        word1 = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        word2 = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        word3 = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
    }

    /// <summary>The all-zero hash.</summary>
    public static Hash256 Zero => default;

    /// <summary>Parses <c>0x</c> followed by 64 hex digits.</summary>
    public static Hash256 Parse(string text)
    {
        var bytes = Hex.Decode(text);
        if (bytes.Length != Length)
        {
            throw new FormatException($"a hash is {Length} bytes (64 hex digits), got {bytes.Length}");
        }

        return new Hash256(bytes);
    }

    /// <summary>Writes the 32 bytes into <paramref name="destination"/>.</summary>
    public void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, word0);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], word1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], word2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], word3);
    }

    /// <summary>Byte <paramref name="index"/> (0 = most significant) without copying the hash out.</summary>
    public byte ByteAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Length, nameof(index));
        var word = (index >> 3) switch
        {
            0 => word0,
            1 => word1,
            2 => word2,
            _ => word3,
        };
        return (byte)(word >> ((7 - (index & 7)) * 8));
    }

    /// <summary>The 32 bytes as a new array.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        WriteTo(bytes);
        return bytes;
    }

    /// <inheritdoc/>
    public bool Equals(Hash256 other) =>
        word0 == other.word0 && word1 == other.word1 && word2 == other.word2 && word3 == other.word3;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Hash256 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(word0, word1, word2, word3);

    /// <inheritdoc/>
    public int CompareTo(Hash256 other)
    {
        var order = word0.CompareTo(other.word0);
        if (order != 0)
        {
            return order;
        }

        order = word1.CompareTo(other.word1);
        return order != 0 ? order : (word2, word3).CompareTo((other.word2, other.word3));
    }

    /// <summary><c>0x</c>-prefixed lower-case hex.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Length];
        WriteTo(bytes);
        return Hex.Encode(bytes);
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(Hash256 left, Hash256 right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Hash256 left, Hash256 right) => !left.Equals(right);

    /// <summary>Big-endian order.</summary>
    public static bool operator <(Hash256 left, Hash256 right) => left.CompareTo(right) < 0;

    /// <summary>Big-endian order.</summary>
    public static bool operator >(Hash256 left, Hash256 right) => left.CompareTo(right) > 0;

    /// <summary>Big-endian order.</summary>
    public static bool operator <=(Hash256 left, Hash256 right) => left.CompareTo(right) <= 0;

    /// <summary>Big-endian order.</summary>
    public static bool operator >=(Hash256 left, Hash256 right) => left.CompareTo(right) >= 0;
}
