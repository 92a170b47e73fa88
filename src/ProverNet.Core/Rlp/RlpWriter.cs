using System.Buffers.Binary;

namespace ProverNet.Core.Rlp;

/// <summary>
/// Canonical RLP encoding into caller-provided spans: each <c>Get…Length</c> says how many bytes the matching
/// <c>Write…</c> needs, so a caller sizes one buffer (stack or pooled) and writes without allocating.
/// </summary>
public static class RlpWriter
{
    private const int ShortLimit = 56;

    /// <summary>Encoded size of a byte string.</summary>
    public static int GetStringLength(ReadOnlySpan<byte> value) =>
        value.Length == 1 && value[0] < 0x80 ? 1 : GetHeaderLength(value.Length) + value.Length;

    /// <summary>Writes a byte string; returns the bytes written.</summary>
    public static int WriteString(Span<byte> destination, ReadOnlySpan<byte> value)
    {
        if (value.Length == 1 && value[0] < 0x80)
        {
            destination[0] = value[0];
            return 1;
        }

        var header = WriteHeader(destination, 0x80, value.Length);
        value.CopyTo(destination[header..]);
        return header + value.Length;
    }

    /// <summary>Encoded size of an unsigned integer (minimal big-endian bytes; zero is the empty string).</summary>
    public static int GetUInt64Length(ulong value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(ulong)];
        return GetStringLength(Minimal(value, bytes));
    }

    /// <summary>Writes an unsigned integer; returns the bytes written.</summary>
    public static int WriteUInt64(Span<byte> destination, ulong value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(ulong)];
        return WriteString(destination, Minimal(value, bytes));
    }

    /// <summary>Encoded size of a 256-bit unsigned integer.</summary>
    public static int GetUInt256Length(UInt256 value)
    {
        Span<byte> bytes = stackalloc byte[UInt256.Length];
        return GetStringLength(Minimal(value, bytes));
    }

    /// <summary>Writes a 256-bit unsigned integer; returns the bytes written.</summary>
    public static int WriteUInt256(Span<byte> destination, UInt256 value)
    {
        Span<byte> bytes = stackalloc byte[UInt256.Length];
        return WriteString(destination, Minimal(value, bytes));
    }

    /// <summary>Size of a list header for a payload of <paramref name="payloadLength"/> bytes.</summary>
    public static int GetListHeaderLength(int payloadLength) => GetHeaderLength(payloadLength);

    /// <summary>Writes a list header for a payload of <paramref name="payloadLength"/> bytes; returns the bytes written.</summary>
    public static int WriteListHeader(Span<byte> destination, int payloadLength) => WriteHeader(destination, 0xc0, payloadLength);

    /// <summary>Encodes a list of already-encoded items.</summary>
    public static byte[] EncodeList(params ReadOnlySpan<byte[]> encodedItems)
    {
        var payloadLength = 0;
        foreach (var item in encodedItems)
        {
            payloadLength += item.Length;
        }

        var result = new byte[GetListHeaderLength(payloadLength) + payloadLength];
        var offset = WriteListHeader(result, payloadLength);
        foreach (var item in encodedItems)
        {
            item.CopyTo(result, offset);
            offset += item.Length;
        }

        return result;
    }

    /// <summary>Encodes one byte string.</summary>
    public static byte[] EncodeString(ReadOnlySpan<byte> value)
    {
        var result = new byte[GetStringLength(value)];
        WriteString(result, value);
        return result;
    }

    /// <summary>Encodes one unsigned integer.</summary>
    public static byte[] EncodeUInt256(UInt256 value)
    {
        var result = new byte[GetUInt256Length(value)];
        WriteUInt256(result, value);
        return result;
    }

    private static int GetHeaderLength(int payloadLength) =>
        payloadLength < ShortLimit ? 1 : 1 + ByteCount((uint)payloadLength);

    private static int WriteHeader(Span<byte> destination, byte shortBase, int payloadLength)
    {
        if (payloadLength < ShortLimit)
        {
            destination[0] = (byte)(shortBase + payloadLength);
            return 1;
        }

        var lengthBytes = ByteCount((uint)payloadLength);
        destination[0] = (byte)(shortBase + ShortLimit - 1 + lengthBytes);
        Span<byte> big = stackalloc byte[sizeof(uint)];
        BinaryPrimitives.WriteUInt32BigEndian(big, (uint)payloadLength);
        big[(sizeof(uint) - lengthBytes)..].CopyTo(destination[1..]);
        return 1 + lengthBytes;
    }

    private static int ByteCount(uint value) => (32 - System.Numerics.BitOperations.LeadingZeroCount(value) + 7) / 8;

    private static ReadOnlySpan<byte> Minimal(ulong value, Span<byte> scratch)
    {
        BinaryPrimitives.WriteUInt64BigEndian(scratch, value);
        return scratch[(System.Numerics.BitOperations.LeadingZeroCount(value) / 8)..];
    }

    private static ReadOnlySpan<byte> Minimal(UInt256 value, Span<byte> scratch)
    {
        value.WriteBigEndian(scratch);
        var firstNonZero = scratch.IndexOfAnyExcept((byte)0);
        return firstNonZero < 0 ? [] : scratch[firstNonZero..];
    }
}
