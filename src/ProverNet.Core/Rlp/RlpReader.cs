using System.Buffers.Binary;

namespace ProverNet.Core.Rlp;

/// <summary>
/// A strict, allocation-free RLP reader over a span. It accepts only canonical encodings, so that a transaction has one
/// byte form and therefore one hash: non-minimal lengths, wrapped single bytes and integers with leading zeros are errors.
/// </summary>
public ref struct RlpReader
{
    private const int ShortLimit = 56;

    private readonly ReadOnlySpan<byte> buffer;
    private int position;

    /// <summary>Reads the items of <paramref name="buffer"/> in order.</summary>
    public RlpReader(ReadOnlySpan<byte> buffer)
    {
        this.buffer = buffer;
        position = 0;
    }

    /// <summary>Whether every byte has been read.</summary>
    public readonly bool IsAtEnd => position >= buffer.Length;

    /// <summary>Bytes read so far.</summary>
    public readonly int Position => position;

    /// <summary>Whether the next item is a list (false at the end).</summary>
    public readonly bool NextIsList => position < buffer.Length && buffer[position] >= 0xc0;

    /// <summary>Reads the next item, returning its whole encoding and its payload.</summary>
    public bool TryReadItem(out bool isList, out ReadOnlySpan<byte> payload, out RlpError error)
    {
        isList = false;
        payload = default;
        if (position >= buffer.Length)
        {
            error = RlpError.UnexpectedEnd;
            return false;
        }

        var prefix = buffer[position];
        var remaining = buffer[(position + 1)..];
        if (prefix < 0x80)
        {
            payload = buffer.Slice(position, 1);
            position++;
            error = RlpError.None;
            return true;
        }

        isList = prefix >= 0xc0;
        var shortBase = isList ? 0xc0 : 0x80;
        var shortTop = shortBase + ShortLimit - 1;
        int headerLength;
        ulong length;
        if (prefix <= shortTop)
        {
            headerLength = 0;
            length = (ulong)(prefix - shortBase);
        }
        else
        {
            headerLength = prefix - shortTop;
            if (!TryReadLongLength(remaining, headerLength, out length, out error))
            {
                return false;
            }
        }

        if (length > (ulong)(remaining.Length - headerLength))
        {
            error = RlpError.LengthPastEnd;
            return false;
        }

        payload = remaining.Slice(headerLength, (int)length);
        if (!isList && headerLength == 0 && length == 1 && payload[0] < 0x80)
        {
            error = RlpError.NonCanonicalSingleByte;
            return false;
        }

        position += 1 + headerLength + (int)length;
        error = RlpError.None;
        return true;
    }

    /// <summary>Reads the next item as a byte string.</summary>
    public bool TryReadString(out ReadOnlySpan<byte> value, out RlpError error)
    {
        if (!TryReadItem(out var isList, out value, out error))
        {
            return false;
        }

        if (isList)
        {
            value = default;
            error = RlpError.ExpectedString;
            return false;
        }

        return true;
    }

    /// <summary>Reads the next item as a list, returning a reader over its items.</summary>
    public bool TryReadList(out RlpReader items, out RlpError error)
    {
        items = default;
        if (!TryReadItem(out var isList, out var payload, out error))
        {
            return false;
        }

        if (!isList)
        {
            error = RlpError.ExpectedList;
            return false;
        }

        items = new RlpReader(payload);
        return true;
    }

    /// <summary>Reads a canonical unsigned integer of at most <paramref name="maxBytes"/> bytes, as big-endian bytes.</summary>
    public bool TryReadIntegerBytes(int maxBytes, out ReadOnlySpan<byte> value, out RlpError error)
    {
        if (!TryReadString(out value, out error))
        {
            return false;
        }

        if (value.Length > 0 && value[0] == 0)
        {
            error = RlpError.LeadingZeros;
            return false;
        }

        if (value.Length > maxBytes)
        {
            error = RlpError.IntegerTooLarge;
            return false;
        }

        return true;
    }

    /// <summary>Reads a canonical unsigned integer below 2^64.</summary>
    public bool TryReadUInt64(out ulong value, out RlpError error)
    {
        value = 0;
        if (!TryReadIntegerBytes(sizeof(ulong), out var bytes, out error))
        {
            return false;
        }

        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return true;
    }

    /// <summary>Reads a canonical unsigned integer below 2^256.</summary>
    public bool TryReadUInt256(out UInt256 value, out RlpError error)
    {
        value = default;
        if (!TryReadIntegerBytes(UInt256.Length, out var bytes, out error))
        {
            return false;
        }

        value = UInt256.FromBigEndian(bytes);
        return true;
    }

    private static bool TryReadLongLength(ReadOnlySpan<byte> remaining, int lengthOfLength, out ulong length, out RlpError error)
    {
        length = 0;
        if (lengthOfLength > remaining.Length)
        {
            error = RlpError.LengthPastEnd;
            return false;
        }

        var lengthBytes = remaining[..lengthOfLength];
        if (lengthBytes[0] == 0)
        {
            error = RlpError.NonCanonicalLength;
            return false;
        }

        Span<byte> padded = stackalloc byte[sizeof(ulong)];
        padded.Clear();
        lengthBytes.CopyTo(padded[(sizeof(ulong) - lengthOfLength)..]);
        length = BinaryPrimitives.ReadUInt64BigEndian(padded);
        if (length < ShortLimit)
        {
            error = RlpError.NonCanonicalLength;
            return false;
        }

        error = RlpError.None;
        return true;
    }
}
