using Org.BouncyCastle.Crypto.Digests;

namespace ProverNet.Core;

/// <summary>Keccak-256 as Ethereum uses it (not NIST SHA3-256, which pads differently).</summary>
public static class Keccak256
{
    [ThreadStatic]
    private static KeccakDigest? digest;

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

        // A digest per thread: KeccakDigest is not thread-safe, and creating one per call costs more than the hash.
        var keccak = digest ??= new KeccakDigest(256);
        keccak.BlockUpdate(data);
        keccak.DoFinal(output);
    }
}
