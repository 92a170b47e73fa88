using System.Buffers.Binary;

namespace ProverNet.Core;

/// <summary>A 20-byte Ethereum account address, ordered as a big-endian number.</summary>
public readonly struct Address : IEquatable<Address>, IComparable<Address>
{
    /// <summary>Bytes in an address.</summary>
    public const int Length = 20;

    private readonly ulong high;
    private readonly ulong middle;
    private readonly uint low;

    /// <summary>Creates an address from exactly 20 bytes.</summary>
    public Address(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"an address is {Length} bytes, got {bytes.Length}", nameof(bytes));
        }

        high = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        middle = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        low = BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]);
    }

    /// <summary>The zero address.</summary>
    public static Address Zero => default;

    /// <summary>
    /// Parses <c>0x</c> and 40 hex digits. Mixed case must be a valid EIP-55 checksum, so a mistyped address is caught;
    /// all-lower or all-upper case carries no checksum and is accepted.
    /// </summary>
    public static Address Parse(string text)
    {
        if (!TryParse(text, out var address, out var error))
        {
            throw new FormatException(error);
        }

        return address;
    }

    /// <summary>Parses like <see cref="Parse"/>, returning why it failed instead of throwing.</summary>
    public static bool TryParse(string text, out Address address, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        address = default;
        if (!Hex.TryDecode(text, out var bytes, out error))
        {
            return false;
        }

        if (bytes.Length != Length)
        {
            error = $"an address is {Length} bytes (40 hex digits), got {bytes.Length}";
            return false;
        }

        address = new Address(bytes);
        var digits = text.AsSpan(2);
        var mixedCase = digits.ContainsAnyInRange('a', 'f') && digits.ContainsAnyInRange('A', 'F');
        if (mixedCase && !digits.SequenceEqual(address.ToChecksumString().AsSpan(2)))
        {
            address = default;
            error = "address has mixed case but an invalid EIP-55 checksum";
            return false;
        }

        return true;
    }

    /// <summary>Writes the 20 bytes into <paramref name="destination"/>.</summary>
    public void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, high);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], middle);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], low);
    }

    /// <summary>The 20 bytes as a new array.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        WriteTo(bytes);
        return bytes;
    }

    /// <summary>The EIP-55 mixed-case checksum form.</summary>
    public string ToChecksumString()
    {
        var lower = ToString();
        Span<byte> hash = stackalloc byte[Hash256.Length];
        Span<byte> ascii = stackalloc byte[Length * 2];
        for (var i = 0; i < ascii.Length; i++)
        {
            ascii[i] = (byte)lower[i + 2];
        }

        Keccak256.Hash(ascii, hash);
        return string.Create(lower.Length, (lower, hash.ToArray()), static (chars, state) =>
        {
            var (text, digest) = state;
            chars[0] = '0';
            chars[1] = 'x';
            for (var i = 2; i < chars.Length; i++)
            {
                var nibbleIndex = i - 2;
                var nibble = (digest[nibbleIndex / 2] >> (nibbleIndex % 2 == 0 ? 4 : 0)) & 0xF;
                chars[i] = nibble >= 8 ? char.ToUpperInvariant(text[i]) : text[i];
            }
        });
    }

    /// <inheritdoc/>
    public bool Equals(Address other) => high == other.high && middle == other.middle && low == other.low;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Address other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(high, middle, low);

    /// <inheritdoc/>
    public int CompareTo(Address other) => (high, middle, low).CompareTo((other.high, other.middle, other.low));

    /// <summary><c>0x</c>-prefixed lower-case hex.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Length];
        WriteTo(bytes);
        return Hex.Encode(bytes);
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(Address left, Address right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Address left, Address right) => !left.Equals(right);

    /// <summary>Big-endian order.</summary>
    public static bool operator <(Address left, Address right) => left.CompareTo(right) < 0;

    /// <summary>Big-endian order.</summary>
    public static bool operator >(Address left, Address right) => left.CompareTo(right) > 0;

    /// <summary>Big-endian order.</summary>
    public static bool operator <=(Address left, Address right) => left.CompareTo(right) <= 0;

    /// <summary>Big-endian order.</summary>
    public static bool operator >=(Address left, Address right) => left.CompareTo(right) >= 0;
}
