using System.Buffers.Binary;

namespace ProverNet.Core.Rlp;

/// <summary>
/// Reads the fields of one RLP list, throwing <see cref="RlpDecodingException"/> on anything non-canonical: stored
/// and gossiped blocks must have exactly one byte form, or two nodes could hash the same block differently.
/// </summary>
public ref struct StrictRlpReader
{
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string what;
    private RlpReader items;

    private StrictRlpReader(RlpReader items, string what)
    {
        this.items = items;
        this.what = what;
    }

    /// <summary>Opens <paramref name="encoding"/>, which must be exactly one list and nothing after it.</summary>
    public static StrictRlpReader OpenList(ReadOnlySpan<byte> encoding, string what)
    {
        var outer = new RlpReader(encoding);
        if (!outer.TryReadList(out var items, out var error))
        {
            throw new RlpDecodingException($"{what}: {error}");
        }

        if (!outer.IsAtEnd)
        {
            throw new RlpDecodingException($"{what}: {RlpError.TrailingBytes}");
        }

        return new StrictRlpReader(items, what);
    }

    /// <summary>Whether every field of the list has been read.</summary>
    public readonly bool IsAtEnd => items.IsAtEnd;

    /// <summary>The next field as a minimal big-endian unsigned integer of at most 64 bits (zero is the empty string).</summary>
    /// <exception cref="RlpDecodingException">The field is missing or not in its one canonical form.</exception>
    public ulong ReadNumber(string field)
    {
        if (!items.TryReadUInt64(out var value, out var error))
        {
            throw Failure(field, error.ToString());
        }

        return value;
    }

    /// <summary>The next field as a minimal integer of at most 8 bits.</summary>
    /// <exception cref="RlpDecodingException">The field is missing or not in its one canonical form.</exception>
    public byte ReadByteValue(string field)
    {
        if (!items.TryReadIntegerBytes(1, out var bytes, out var error))
        {
            throw Failure(field, error.ToString());
        }

        return bytes.IsEmpty ? (byte)0 : bytes[0];
    }

    /// <summary>The next field as a minimal big-endian amount of at most 128 bits.</summary>
    /// <exception cref="RlpDecodingException">The field is missing or not in its one canonical form.</exception>
    public Amount ReadAmount(string field)
    {
        if (!items.TryReadIntegerBytes(16, out var bytes, out var error))
        {
            throw Failure(field, error.ToString());
        }

        Span<byte> padded = stackalloc byte[16];
        padded.Clear();
        bytes.CopyTo(padded[(16 - bytes.Length)..]);
        return new Amount(BinaryPrimitives.ReadUInt128BigEndian(padded));
    }

    /// <summary>The next field as exactly 32 bytes.</summary>
    /// <exception cref="RlpDecodingException">The field is missing or not in its one canonical form.</exception>
    public Hash256 ReadHash(string field) => new(ReadFixed(field, Hash256.Length));

    /// <summary>The next field as exactly 20 bytes.</summary>
    /// <exception cref="RlpDecodingException">The field is missing or not in its one canonical form.</exception>
    public Address ReadAddress(string field) => new(ReadFixed(field, Address.Length));

    /// <summary>The next field as a byte string of any length.</summary>
    /// <exception cref="RlpDecodingException">The field is missing or not in its one canonical form.</exception>
    public ReadOnlySpan<byte> ReadBytes(string field)
    {
        if (!items.TryReadString(out var value, out var error))
        {
            throw Failure(field, error.ToString());
        }

        return value;
    }

    /// <summary>Reads a byte string that must be valid UTF-8.</summary>
    public string ReadUtf8(string field)
    {
        var bytes = ReadBytes(field);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw Failure(field, "not valid UTF-8");
        }
    }

    /// <summary>Reads a nested list; the returned reader reports errors under <paramref name="field"/>.</summary>
    public StrictRlpReader ReadList(string field)
    {
        if (!items.TryReadList(out var nested, out var error))
        {
            throw Failure(field, error.ToString());
        }

        return new StrictRlpReader(nested, $"{what}.{field}");
    }

    /// <summary>Throws unless every item of the list was read: extra fields are as wrong as missing ones.</summary>
    public readonly void EnsureAtEnd()
    {
        if (!items.IsAtEnd)
        {
            throw new RlpDecodingException($"{what}: more fields than expected");
        }
    }

    private ReadOnlySpan<byte> ReadFixed(string field, int length)
    {
        var value = ReadBytes(field);
        if (value.Length != length)
        {
            throw Failure(field, $"expected {length} bytes, found {value.Length}");
        }

        return value;
    }

    private readonly RlpDecodingException Failure(string field, string reason) =>
        new(items.IsAtEnd && reason == nameof(RlpError.UnexpectedEnd)
            ? $"{what}.{field}: missing (fewer fields than expected)"
            : $"{what}.{field}: {reason}");
}
