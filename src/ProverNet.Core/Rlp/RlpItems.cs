using System.Buffers.Binary;

namespace ProverNet.Core.Rlp;

/// <summary>
/// Encodes single values as RLP items, for the block, receipt, L1-input and parameter encodings: integers as minimal big-endian byte
/// strings (zero is the empty string), hashes and addresses as fixed-size byte strings.
/// </summary>
public static class RlpItems
{
    /// <summary>An unsigned integer as an RLP item: a minimal big-endian string (zero is the empty string).</summary>
    public static byte[] OfNumber(ulong value)
    {
        var result = new byte[RlpWriter.GetUInt64Length(value)];
        RlpWriter.WriteUInt64(result, value);
        return result;
    }

    /// <summary>A hash as an RLP item of 32 bytes.</summary>
    public static byte[] OfHash(in Hash256 hash)
    {
        Span<byte> bytes = stackalloc byte[Hash256.Length];
        hash.WriteTo(bytes);
        return RlpWriter.EncodeString(bytes);
    }

    /// <summary>An address as an RLP item of 20 bytes.</summary>
    public static byte[] OfAddress(in Address address)
    {
        Span<byte> bytes = stackalloc byte[Address.Length];
        address.WriteTo(bytes);
        return RlpWriter.EncodeString(bytes);
    }

    /// <summary>An amount as an RLP item: a minimal big-endian string.</summary>
    public static byte[] OfAmount(Amount amount)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, amount.Wei);
        var firstNonZero = bytes.IndexOfAnyExcept((byte)0);
        return RlpWriter.EncodeString(firstNonZero < 0 ? [] : bytes[firstNonZero..]);
    }

    /// <summary>A byte string as an RLP item.</summary>
    /// <exception cref="RlpDecodingException">The field is missing or not in its one canonical form.</exception>
    public static byte[] OfBytes(ReadOnlySpan<byte> bytes) => RlpWriter.EncodeString(bytes);

    /// <summary>A list whose items are the given already-encoded items.</summary>
    public static byte[] ListOf(IReadOnlyList<byte[]> encodedItems)
    {
        var items = new byte[encodedItems.Count][];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = encodedItems[i];
        }

        return RlpWriter.EncodeList(items);
    }
}
