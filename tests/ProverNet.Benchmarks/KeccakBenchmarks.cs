using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto.Digests;
using ProverNet.Core;

namespace ProverNet.Benchmarks;

/// <summary>
/// Keccak-256 of a 64-byte input (the cost of one Merkle node), of a 65-byte one (a tree leaf) and of 16 KiB (bulk
/// throughput: MB/s = 16,384 / mean ns × 1,000), beside BouncyCastle's <see cref="KeccakDigest"/> (reused, as
/// src/ used it before) on the same inputs in the same process, so the ratio survives a noisy machine.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class KeccakBenchmarks
{
    private const int BulkLength = 16 * 1024;
    private readonly byte[] node = new byte[64];
    private readonly byte[] leaf = new byte[65];
    private readonly byte[] bulk = new byte[BulkLength];
    private readonly byte[] output = new byte[32];
    private readonly KeccakDigest reference = new(256);

    /// <summary>Fills the inputs with non-zero bytes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < bulk.Length; i++)
        {
            bulk[i] = (byte)(i * 31);
        }

        bulk.AsSpan(0, node.Length).CopyTo(node);
        bulk.AsSpan(0, leaf.Length).CopyTo(leaf);
    }

    /// <summary>One 64-byte hash into a reused buffer.</summary>
    [Benchmark]
    public void Hash64Bytes() => Keccak256.Hash(node, output);

    /// <summary>BouncyCastle, 64 bytes.</summary>
    [Benchmark]
    public void BouncyCastle64Bytes() => HashWithBouncyCastle(node);

    /// <summary>One 65-byte hash into a reused buffer.</summary>
    [Benchmark]
    public void Hash65Bytes() => Keccak256.Hash(leaf, output);

    /// <summary>16 KiB in one call: 120 full blocks and the padded tail.</summary>
    [Benchmark]
    public void Hash16KiB() => Keccak256.Hash(bulk, output);

    /// <summary>BouncyCastle, 16 KiB.</summary>
    [Benchmark]
    public void BouncyCastle16KiB() => HashWithBouncyCastle(bulk);

    private void HashWithBouncyCastle(byte[] data)
    {
        reference.BlockUpdate(data, 0, data.Length);
        reference.DoFinal(output, 0);
    }
}
