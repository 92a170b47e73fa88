using System.Buffers.Binary;
using System.Text;

namespace ProverNet.Core.Abi;

/// <summary>
/// Strict reader of ABI-encoded arguments (the calldata after the selector). Every value is range-checked the way the
/// Solidity decoder checks it (unused high bytes must be zero), and dynamic offsets and lengths must stay inside the
/// data, so malformed calldata fails with an error naming the argument instead of being read leniently.
/// </summary>
public readonly ref struct AbiReader
{
    private const int Word = 32;
    private readonly ReadOnlySpan<byte> arguments;

    /// <summary>Reads <paramref name="arguments"/>, the encoded tuple of a call's arguments.</summary>
    public AbiReader(ReadOnlySpan<byte> arguments)
    {
        this.arguments = arguments;
    }

    /// <summary>A <c>uintN</c> (N ≤ 64) at head slot <paramref name="index"/>.</summary>
    public ulong ReadUInt(int index, int bits, string name)
    {
        var word = HeadWord(index, name);
        EnsureHighBytesZero(word, Word - 8, name, $"uint{bits}");
        var value = BinaryPrimitives.ReadUInt64BigEndian(word[(Word - 8)..]);
        return bits == 64 || value >> bits == 0 ? value : throw new AbiDecodingException($"{name}: value does not fit in uint{bits}");
    }

    /// <summary>A <c>uintN</c> (64 &lt; N ≤ 128) at head slot <paramref name="index"/>.</summary>
    public UInt128 ReadUInt128(int index, int bits, string name)
    {
        var word = HeadWord(index, name);
        EnsureHighBytesZero(word, Word - 16, name, $"uint{bits}");
        var value = BinaryPrimitives.ReadUInt128BigEndian(word[(Word - 16)..]);
        return bits == 128 || value >> bits == 0 ? value : throw new AbiDecodingException($"{name}: value does not fit in uint{bits}");
    }

    /// <summary>A <c>uint256</c> that the caller needs below 2^64 (ids), at head slot <paramref name="index"/>.</summary>
    public ulong ReadId(int index, string name)
    {
        var word = HeadWord(index, name);
        EnsureHighBytesZero(word, Word - 8, name, "an id below 2^64");
        return BinaryPrimitives.ReadUInt64BigEndian(word[(Word - 8)..]);
    }

    /// <summary>An <c>address</c> at head slot <paramref name="index"/>.</summary>
    public Address ReadAddress(int index, string name)
    {
        var word = HeadWord(index, name);
        EnsureHighBytesZero(word, Word - Address.Length, name, "address");
        return new Address(word[(Word - Address.Length)..]);
    }

    /// <summary>A <c>bytes32</c> at head slot <paramref name="index"/>.</summary>
    public Hash256 ReadBytes32(int index, string name) => new(HeadWord(index, name));

    /// <summary>A UTF-8 <c>string</c> whose offset sits at head slot <paramref name="index"/>, at most <paramref name="maxBytes"/> long.</summary>
    public string ReadString(int index, int maxBytes, string name)
    {
        var bytes = DynamicBytes(index, maxBytes, name);
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new AbiDecodingException($"{name}: not valid UTF-8");
        }
    }

    /// <summary>A <c>bytes</c> value whose offset sits at head slot <paramref name="index"/>, at most <paramref name="maxBytes"/> long.</summary>
    public ReadOnlySpan<byte> ReadBytes(int index, int maxBytes, string name) => DynamicBytes(index, maxBytes, name);

    /// <summary>Throws unless the head holds exactly <paramref name="slots"/> words plus, at most, the dynamic tails.</summary>
    public void EnsureHeadLength(int slots, bool hasDynamicTail)
    {
        var head = slots * Word;
        if (arguments.Length < head || (!hasDynamicTail && arguments.Length != head))
        {
            throw new AbiDecodingException($"arguments are {arguments.Length} bytes, expected {(hasDynamicTail ? "at least " : string.Empty)}{head}");
        }
    }

    private ReadOnlySpan<byte> DynamicBytes(int index, int maxBytes, string name)
    {
        var offset = ReadId(index, name);
        if (offset % Word != 0 || offset > (ulong)arguments.Length - Word || arguments.Length < Word)
        {
            throw new AbiDecodingException($"{name}: offset {offset} points outside the arguments");
        }

        var lengthWord = arguments.Slice((int)offset, Word);
        EnsureHighBytesZero(lengthWord, Word - 8, name, "a length");
        var length = BinaryPrimitives.ReadUInt64BigEndian(lengthWord[(Word - 8)..]);
        if (length > (ulong)maxBytes)
        {
            throw new AbiDecodingException($"{name}: {length} bytes, at most {maxBytes} allowed");
        }

        var start = (int)offset + Word;
        var padded = ((int)length + Word - 1) / Word * Word;
        if (start + padded > arguments.Length)
        {
            throw new AbiDecodingException($"{name}: {length} bytes declared but the arguments end first");
        }

        return arguments.Slice(start, (int)length);
    }

    private ReadOnlySpan<byte> HeadWord(int index, string name)
    {
        var start = index * Word;
        return start + Word <= arguments.Length
            ? arguments.Slice(start, Word)
            : throw new AbiDecodingException($"{name}: missing (arguments are {arguments.Length} bytes)");
    }

    private static void EnsureHighBytesZero(ReadOnlySpan<byte> word, int zeroBytes, string name, string type)
    {
        if (word[..zeroBytes].ContainsAnyExcept((byte)0))
        {
            throw new AbiDecodingException($"{name}: value does not fit in {type}");
        }
    }
}
