using System.Buffers.Binary;

namespace ProverNet.Core;

/// <summary>Keccak-256 as Ethereum uses it (not NIST SHA3-256, which pads differently).</summary>
public static class Keccak256
{
    // 1600-bit state minus 2 × 256 bits of capacity: 136 bytes, 17 lanes absorbed per permutation.
    private const int RateBytes = 136;
    private const int RateLanes = RateBytes / sizeof(ulong);

    /// <summary>Hashes <paramref name="data"/>.</summary>
    public static Hash256 Hash(ReadOnlySpan<byte> data)
    {
        Span<byte> output = stackalloc byte[Hash256.Length];
        Hash(data, output);
        return new Hash256(output);
    }

    /// <summary>Hashes <paramref name="data"/> into <paramref name="output"/> (32 bytes) without allocating.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> output)
    {
        if (output.Length < Hash256.Length)
        {
            throw new ArgumentException("output must hold 32 bytes", nameof(output));
        }

        Span<ulong> state = stackalloc ulong[KeccakF1600.Lanes];
        while (data.Length >= RateBytes)
        {
            Absorb(state, data);
            data = data[RateBytes..];
        }

        // Keccak's original pad10*1 with domain byte 0x01 (SHA-3 uses 0x06): both bits may land in the same byte.
        Span<byte> last = stackalloc byte[RateBytes];
        data.CopyTo(last);
        last[data.Length] = 0x01;
        last[RateBytes - 1] |= 0x80;
        Absorb(state, last);

        for (var lane = 0; lane < Hash256.Length / sizeof(ulong); lane++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(output[(lane * sizeof(ulong))..], state[lane]);
        }
    }

    private static void Absorb(Span<ulong> state, ReadOnlySpan<byte> block)
    {
        for (var lane = 0; lane < RateLanes; lane++)
        {
            state[lane] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(lane * sizeof(ulong))..]);
        }

        KeccakF1600.Permute(state);
    }
}
