using ProverNet.Core;

namespace ProverNet.Derivation;

/// <summary>
/// An L1 block header's 2048-bit log bloom, read for one question: may the block hold a log of a given contract? It
/// has no false negatives, so a block whose bloom rules out every followed contract needs no log read — and because
/// the bloom comes with the header, that answer cannot be from another branch than the header's. The default value
/// is an unknown bloom, which may contain anything.
/// </summary>
public readonly struct L1LogsBloom : IEquatable<L1LogsBloom>
{
    /// <summary>Bytes in a bloom.</summary>
    public const int Length = 256;

    private readonly byte[]? bits;

    /// <summary>The bloom of a header's <c>logsBloom</c> field.</summary>
    /// <exception cref="ArgumentException">Not <see cref="Length"/> bytes.</exception>
    public L1LogsBloom(ReadOnlySpan<byte> logsBloom)
    {
        if (logsBloom.Length != Length)
        {
            throw new ArgumentException($"a log bloom has {Length} bytes, not {logsBloom.Length}", nameof(logsBloom));
        }

        bits = logsBloom.ToArray();
    }

    /// <summary>The bloom of logs emitted by <paramref name="emitters"/> (their topics left out: derivation asks by address only).</summary>
    public static L1LogsBloom Of(IEnumerable<Address> emitters)
    {
        ArgumentNullException.ThrowIfNull(emitters);
        var bloom = new byte[Length];
        foreach (var emitter in emitters)
        {
            foreach (var (index, mask) in L1BloomQuery.Positions(emitter))
            {
                bloom[index] |= mask;
            }
        }

        return new L1LogsBloom(bloom);
    }

    /// <summary>Whether a log of <paramref name="emitter"/> may be in the block (always, when the bloom is unknown).</summary>
    public bool MayContain(Address emitter) => MayContainAny(new L1BloomQuery([emitter]));

    /// <summary>Whether a log of any of <paramref name="query"/>'s emitters may be in the block (always, when the bloom is unknown).</summary>
    public bool MayContainAny(L1BloomQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return bits is null || query.MatchesAny(bits);
    }

    /// <inheritdoc/>
    public bool Equals(L1LogsBloom other) => bits is null ? other.bits is null : other.bits is not null && bits.AsSpan().SequenceEqual(other.bits);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is L1LogsBloom other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => bits is null ? 0 : BitConverter.ToInt32(bits, 0);

    /// <summary>Whether two blooms are equal.</summary>
    public static bool operator ==(L1LogsBloom left, L1LogsBloom right) => left.Equals(right);

    /// <summary>Whether two blooms differ.</summary>
    public static bool operator !=(L1LogsBloom left, L1LogsBloom right) => !left.Equals(right);
}
