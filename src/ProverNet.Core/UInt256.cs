using System.Buffers.Binary;
using System.Numerics;

namespace ProverNet.Core;

/// <summary>
/// An unsigned 256-bit integer (Ethereum's word), held in four 64-bit limbs so that decoding a transaction's value and
/// fee fields allocates nothing. It offers only what transaction handling needs; arithmetic beyond that goes through
/// <see cref="ToBigInteger"/>.
/// </summary>
public readonly struct UInt256 : IEquatable<UInt256>, IComparable<UInt256>
{
    /// <summary>Bytes in the big-endian form.</summary>
    public const int Length = 32;

    private readonly ulong word0; // most significant
    private readonly ulong word1;
    private readonly ulong word2;
    private readonly ulong word3; // least significant

    /// <summary>Creates a value from its four 64-bit limbs, most significant first.</summary>
    public UInt256(ulong word0, ulong word1, ulong word2, ulong word3)
    {
        this.word0 = word0;
        this.word1 = word1;
        this.word2 = word2;
        this.word3 = word3;
    }

    /// <summary>Zero.</summary>
    public static UInt256 Zero => default;

    /// <summary>2^256 - 1.</summary>
    public static UInt256 MaxValue => new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue);

    /// <summary>Whether the value is zero.</summary>
    public bool IsZero => (word0 | word1 | word2 | word3) == 0;

    /// <summary>Whether the value fits in 64 bits.</summary>
    public bool FitsInUInt64 => (word0 | word1 | word2) == 0;

    /// <summary>The low 64 bits (the whole value when <see cref="FitsInUInt64"/>).</summary>
    public ulong Low64 => word3;

    /// <summary>The value as 128 bits, when it fits (every BREV amount does: the supply is below 2^128 wei).</summary>
    public bool TryGetUInt128(out UInt128 value)
    {
        value = new UInt128(word2, word3);
        return (word0 | word1) == 0;
    }

    /// <summary>Reads up to 32 big-endian bytes; leading zero bytes are allowed here (callers check canonical form).</summary>
    public static UInt256 FromBigEndian(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > Length)
        {
            throw new ArgumentException($"a 256-bit integer has at most {Length} bytes, got {bytes.Length}", nameof(bytes));
        }

        Span<byte> padded = stackalloc byte[Length];
        padded.Clear();
        bytes.CopyTo(padded[(Length - bytes.Length)..]);
        return new UInt256(
            BinaryPrimitives.ReadUInt64BigEndian(padded),
            BinaryPrimitives.ReadUInt64BigEndian(padded[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(padded[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(padded[24..]));
    }

    /// <summary>Converts a non-negative integer below 2^256.</summary>
    public static UInt256 FromBigInteger(BigInteger value)
    {
        if (value.Sign < 0 || value.GetByteCount(isUnsigned: true) > Length)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "must be in [0, 2^256)");
        }

        Span<byte> bytes = stackalloc byte[Length];
        value.TryWriteBytes(bytes, out var written, isUnsigned: true, isBigEndian: true);
        return FromBigEndian(bytes[..written]);
    }

    /// <summary>Writes the 32-byte big-endian form.</summary>
    public void WriteBigEndian(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, word0);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], word1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], word2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], word3);
    }

    /// <summary>Multiplies by a 64-bit factor; false when the product does not fit in 256 bits.</summary>
    public bool TryMultiply(ulong factor, out UInt256 product)
    {
        // Schoolbook multiplication limb by limb, carrying the high half of each 128-bit partial product.
        var p3 = (UInt128)word3 * factor;
        var p2 = ((UInt128)word2 * factor) + (ulong)(p3 >> 64);
        var p1 = ((UInt128)word1 * factor) + (ulong)(p2 >> 64);
        var p0 = ((UInt128)word0 * factor) + (ulong)(p1 >> 64);
        product = new UInt256((ulong)p0, (ulong)p1, (ulong)p2, (ulong)p3);
        return (p0 >> 64) == 0;
    }

    /// <summary>Adds; false when the sum does not fit in 256 bits.</summary>
    public bool TryAdd(UInt256 other, out UInt256 sum)
    {
        var s3 = (UInt128)word3 + other.word3;
        var s2 = (UInt128)word2 + other.word2 + (ulong)(s3 >> 64);
        var s1 = (UInt128)word1 + other.word1 + (ulong)(s2 >> 64);
        var s0 = (UInt128)word0 + other.word0 + (ulong)(s1 >> 64);
        sum = new UInt256((ulong)s0, (ulong)s1, (ulong)s2, (ulong)s3);
        return (s0 >> 64) == 0;
    }

    /// <summary>The value as a <see cref="BigInteger"/>.</summary>
    public BigInteger ToBigInteger()
    {
        Span<byte> bytes = stackalloc byte[Length];
        WriteBigEndian(bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>Ethereum JSON-RPC quantity: <c>0x</c> and minimal lower-case hex digits (<c>0x0</c> for zero).</summary>
    public string ToHexQuantity()
    {
        Span<byte> bytes = stackalloc byte[Length];
        WriteBigEndian(bytes);
        var digits = Convert.ToHexStringLower(bytes).TrimStart('0');
        return digits.Length == 0 ? "0x0" : "0x" + digits;
    }

    /// <inheritdoc/>
    public bool Equals(UInt256 other) =>
        word0 == other.word0 && word1 == other.word1 && word2 == other.word2 && word3 == other.word3;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is UInt256 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(word0, word1, word2, word3);

    /// <inheritdoc/>
    public int CompareTo(UInt256 other)
    {
        var order = word0.CompareTo(other.word0);
        if (order != 0)
        {
            return order;
        }

        order = word1.CompareTo(other.word1);
        return order != 0 ? order : (word2, word3).CompareTo((other.word2, other.word3));
    }

    /// <summary>Decimal digits.</summary>
    public override string ToString() => ToBigInteger().ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Widens a 64-bit value.</summary>
    public static implicit operator UInt256(ulong value) => new(0, 0, 0, value);

    /// <summary>Equality.</summary>
    public static bool operator ==(UInt256 left, UInt256 right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(UInt256 left, UInt256 right) => !left.Equals(right);

    /// <summary>Numeric order.</summary>
    public static bool operator <(UInt256 left, UInt256 right) => left.CompareTo(right) < 0;

    /// <summary>Numeric order.</summary>
    public static bool operator >(UInt256 left, UInt256 right) => left.CompareTo(right) > 0;

    /// <summary>Numeric order.</summary>
    public static bool operator <=(UInt256 left, UInt256 right) => left.CompareTo(right) <= 0;

    /// <summary>Numeric order.</summary>
    public static bool operator >=(UInt256 left, UInt256 right) => left.CompareTo(right) >= 0;
}
