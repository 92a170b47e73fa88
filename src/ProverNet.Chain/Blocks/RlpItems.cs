using System.Buffers.Binary;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.Blocks;

/// <summary>
/// Encodes single chain values as RLP items for the block and receipt encodings: integers as minimal big-endian byte
/// strings (zero is the empty string), hashes and addresses as fixed-size byte strings.
/// </summary>
internal static class RlpItems
{
    public static byte[] OfNumber(ulong value)
    {
        var result = new byte[RlpWriter.GetUInt64Length(value)];
        RlpWriter.WriteUInt64(result, value);
        return result;
    }

    public static byte[] OfHash(in Hash256 hash)
    {
        Span<byte> bytes = stackalloc byte[Hash256.Length];
        hash.WriteTo(bytes);
        return RlpWriter.EncodeString(bytes);
    }

    public static byte[] OfAddress(in Address address)
    {
        Span<byte> bytes = stackalloc byte[Address.Length];
        address.WriteTo(bytes);
        return RlpWriter.EncodeString(bytes);
    }

    public static byte[] OfAmount(Amount amount)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, amount.Wei);
        var firstNonZero = bytes.IndexOfAnyExcept((byte)0);
        return RlpWriter.EncodeString(firstNonZero < 0 ? [] : bytes[firstNonZero..]);
    }

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
