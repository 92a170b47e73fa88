using System.Buffers.Binary;
using System.Numerics;
using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>The stored form of a page: <c>0x50 ‖ leafMask (2) ‖ branchMask (2)</c>, then per slot a branch's hash or a leaf's path and value hash.</summary>
internal sealed partial class TreePage
{
    /// <summary>Largest stored form: the header and 16 leaves.</summary>
    public const int MaxEncodedLength = HeaderLength + (Fanout * 2 * Hash256.Length);

    private const byte Format = 0x50;
    private const int HeaderLength = 5;

    /// <summary>Writes the stored form (<c>format ‖ leafMask ‖ branchMask ‖</c> per slot a branch hash or a leaf's path and value hash); returns its length.</summary>
    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Format;
        BinaryPrimitives.WriteUInt16BigEndian(destination[1..], leafMask);
        BinaryPrimitives.WriteUInt16BigEndian(destination[3..], branchMask);
        var length = HeaderLength;
        var next = positionCount;
        for (var slot = 0; slot < Fanout; slot++)
        {
            if ((leafMask >> slot & 1) != 0)
            {
                hashes[next + 1].WriteTo(destination[length..]);
                hashes[next + 2].WriteTo(destination[(length + Hash256.Length)..]);
                length += 2 * Hash256.Length;
                next += 3;
            }
            else if ((branchMask >> slot & 1) != 0)
            {
                hashes[next++].WriteTo(destination[length..]);
                length += Hash256.Length;
            }
        }

        return length;
    }

    /// <summary>Reads the stored form into slots, recomputing the leaf hashes (then <see cref="Fill"/> a page of <see cref="CapacityFor"/> them).</summary>
    /// <exception cref="InvalidDataException">The bytes are not a stored page.</exception>
    public static void Read(ReadOnlySpan<byte> source, ref TreePageSlots slots)
    {
        if (source.Length < HeaderLength || source[0] != Format)
        {
            throw new InvalidDataException($"corrupt state tree page: {source.Length} bytes, format byte {(source.Length > 0 ? source[0] : -1)}");
        }

        slots = default;
        slots.LeafMask = BinaryPrimitives.ReadUInt16BigEndian(source[1..]);
        slots.BranchMask = BinaryPrimitives.ReadUInt16BigEndian(source[3..]);
        var expected = HeaderLength + (Hash256.Length * (BitOperations.PopCount(slots.BranchMask) + (2 * BitOperations.PopCount(slots.LeafMask))));
        if ((slots.LeafMask & slots.BranchMask) != 0 || (slots.LeafMask | slots.BranchMask) == 0 || source.Length != expected)
        {
            throw new InvalidDataException($"corrupt state tree page: masks {slots.LeafMask:x4}/{slots.BranchMask:x4}, {source.Length} bytes");
        }

        var offset = HeaderLength;
        for (var slot = 0; slot < Fanout; slot++)
        {
            if ((slots.LeafMask >> slot & 1) != 0)
            {
                var path = new Hash256(source.Slice(offset, Hash256.Length));
                var value = new Hash256(source.Slice(offset + Hash256.Length, Hash256.Length));
                slots.SetLeaf(slot, path, value, TreeHashing.Leaf(path, value));
                offset += 2 * Hash256.Length;
            }
            else if ((slots.BranchMask >> slot & 1) != 0)
            {
                slots.Hashes[slot] = new Hash256(source.Slice(offset, Hash256.Length));
                offset += Hash256.Length;
            }
        }
    }
}
