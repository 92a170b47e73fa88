using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace ProverNet.Core.Abi;

/// <summary>
/// Builds a standard ABI encoding (head words, then the tails of dynamic values), as Solidity encodes event data and
/// return values. Values are appended in declaration order; <see cref="ToArray"/> lays out heads then tails, once.
/// </summary>
public sealed class AbiWriter
{
    private const int Word = 32;

    // Head words in one growing buffer rented from the shared pool and handed back by ToArray: every event of a block
    // is encoded by a new writer, and a buffer of its own made up a tenth of what a block allocated.
    private byte[]? heads = ArrayPool<byte>.Shared.Rent(8 * Word);
    private int headCount;
    private List<(int Head, byte[] Tail)>? tails;

    /// <summary>An unsigned integer of any width up to 128 bits.</summary>
    public AbiWriter WriteUInt(UInt128 value)
    {
        BinaryPrimitives.WriteUInt128BigEndian(NextHead()[(Word - 16)..], value);
        return this;
    }

    /// <summary>An <c>address</c>.</summary>
    public AbiWriter WriteAddress(Address value)
    {
        value.WriteTo(NextHead()[(Word - Address.Length)..]);
        return this;
    }

    /// <summary>A <c>bytes32</c>.</summary>
    public AbiWriter WriteBytes32(Hash256 value)
    {
        value.WriteTo(NextHead());
        return this;
    }

    /// <summary>A dynamic <c>string</c>, UTF-8.</summary>
    public AbiWriter WriteString(string value) => WriteBytes(Encoding.UTF8.GetBytes(value));

    /// <summary>Dynamic <c>bytes</c>.</summary>
    public AbiWriter WriteBytes(ReadOnlySpan<byte> value)
    {
        var padded = (value.Length + Word - 1) / Word * Word;
        var tail = new byte[Word + padded];
        BinaryPrimitives.WriteUInt64BigEndian(tail.AsSpan(Word - 8), (ulong)value.Length);
        value.CopyTo(tail.AsSpan(Word));
        (tails ??= []).Add((headCount, tail));
        NextHead();
        return this;
    }

    /// <summary>A dynamic array of unsigned integers (<c>uint32[]</c> and the like): its length, then one word per element.</summary>
    public AbiWriter WriteUIntArray(IReadOnlyList<uint> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var tail = new byte[Word * (1 + values.Count)];
        BinaryPrimitives.WriteUInt64BigEndian(tail.AsSpan(Word - 8), (ulong)values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(tail.AsSpan((Word * (i + 2)) - 4), values[i]);
        }

        (tails ??= []).Add((headCount, tail));
        NextHead();
        return this;
    }

    /// <summary>The encoding: every head word, with dynamic values' offsets filled in, then their tails in order.</summary>
    /// <exception cref="InvalidOperationException">The encoding was already taken.</exception>
    public byte[] ToArray()
    {
        var buffer = Heads();
        var headBytes = headCount * Word;
        var offset = (ulong)headBytes;
        foreach (var (head, tail) in tails ?? [])
        {
            BinaryPrimitives.WriteUInt64BigEndian(buffer.AsSpan((head * Word) + Word - 8, 8), offset);
            offset += (ulong)tail.Length;
        }

        var result = new byte[(int)offset];
        buffer.AsSpan(0, headBytes).CopyTo(result);
        var position = headBytes;
        foreach (var (_, tail) in tails ?? [])
        {
            tail.CopyTo(result, position);
            position += tail.Length;
        }

        heads = null;
        ArrayPool<byte>.Shared.Return(buffer);
        return result;
    }

    private byte[] Heads() => heads ?? throw new InvalidOperationException("this ABI writer's encoding was already taken");

    // The next head word, zeroed (a rented buffer holds whatever its last user left).
    private Span<byte> NextHead()
    {
        var buffer = Heads();
        if ((headCount + 1) * Word > buffer.Length)
        {
            var grown = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, headCount * Word).CopyTo(grown);
            ArrayPool<byte>.Shared.Return(buffer);
            heads = buffer = grown;
        }

        var word = buffer.AsSpan(headCount++ * Word, Word);
        word.Clear();
        return word;
    }
}
