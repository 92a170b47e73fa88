using System.Buffers.Binary;
using System.Text;

namespace ProverNet.Core.Abi;

/// <summary>
/// Builds a standard ABI encoding (head words, then the tails of dynamic values), as Solidity encodes event data and
/// return values. Values are appended in declaration order; <see cref="ToArray"/> lays out heads then tails.
/// </summary>
public sealed class AbiWriter
{
    private const int Word = 32;
    private readonly List<byte[]> heads = [];
    private readonly List<(int Head, byte[] Tail)> tails = [];

    /// <summary>An unsigned integer of any width up to 128 bits.</summary>
    public AbiWriter WriteUInt(UInt128 value)
    {
        var word = new byte[Word];
        BinaryPrimitives.WriteUInt128BigEndian(word.AsSpan(Word - 16), value);
        heads.Add(word);
        return this;
    }

    /// <summary>An <c>address</c>.</summary>
    public AbiWriter WriteAddress(Address value)
    {
        var word = new byte[Word];
        value.WriteTo(word.AsSpan(Word - Address.Length));
        heads.Add(word);
        return this;
    }

    /// <summary>A <c>bytes32</c>.</summary>
    public AbiWriter WriteBytes32(Hash256 value)
    {
        heads.Add(value.ToArray());
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
        tails.Add((heads.Count, tail));
        heads.Add(new byte[Word]);
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

        tails.Add((heads.Count, tail));
        heads.Add(new byte[Word]);
        return this;
    }

    /// <summary>The encoding: every head word, with dynamic values' offsets filled in, then their tails in order.</summary>
    public byte[] ToArray()
    {
        var offset = (ulong)(heads.Count * Word);
        foreach (var (head, tail) in tails)
        {
            BinaryPrimitives.WriteUInt64BigEndian(heads[head].AsSpan(Word - 8), offset);
            offset += (ulong)tail.Length;
        }

        var result = new byte[(int)offset];
        var position = 0;
        foreach (var part in heads.Concat(tails.Select(entry => entry.Tail)))
        {
            part.CopyTo(result, position);
            position += part.Length;
        }

        return result;
    }
}
