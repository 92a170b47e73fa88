using ProverNet.Core;

namespace ProverNet.Derivation;

/// <summary>
/// Where a set of contracts' addresses fall in a log bloom, hashed once: asking each block's bloom whether it may hold
/// a log of one of them then costs a few bit tests, not a keccak per contract per block.
/// </summary>
public sealed class L1BloomQuery
{
    private readonly (int Index, byte Mask)[][] positions;

    /// <summary>The query for logs of any of <paramref name="emitters"/>.</summary>
    public L1BloomQuery(IReadOnlyList<Address> emitters)
    {
        ArgumentNullException.ThrowIfNull(emitters);
        positions = [.. emitters.Select(Positions)];
    }

    /// <summary>Whether <paramref name="bloom"/>'s bits hold all of one emitter's positions.</summary>
    internal bool MatchesAny(ReadOnlySpan<byte> bloom)
    {
        foreach (var emitter in positions)
        {
            var all = true;
            foreach (var (index, mask) in emitter)
            {
                all &= (bloom[index] & mask) != 0;
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ethereum's rule: three bits, each the low 11 bits of one of the first three 16-bit pairs of the item's keccak, bit i counted from the end.</summary>
    internal static (int Index, byte Mask)[] Positions(Address emitter)
    {
        Span<byte> address = stackalloc byte[Address.Length];
        emitter.WriteTo(address);
        Span<byte> hash = stackalloc byte[Hash256.Length];
        Keccak256.Hash(address, hash);
        var bits = new (int Index, byte Mask)[3];
        for (var i = 0; i < bits.Length; i++)
        {
            var bit = ((hash[2 * i] << 8) | hash[(2 * i) + 1]) & 2047;
            bits[i] = (L1LogsBloom.Length - 1 - (bit / 8), (byte)(1 << (bit % 8)));
        }

        return bits;
    }
}
