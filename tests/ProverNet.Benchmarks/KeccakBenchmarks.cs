using BenchmarkDotNet.Attributes;
using ProverNet.Core;

namespace ProverNet.Benchmarks;

/// <summary>Keccak-256 of a 64-byte input: the cost of one Merkle node.</summary>
[MemoryDiagnoser]
public class KeccakBenchmarks
{
    private readonly byte[] input = new byte[64];
    private readonly byte[] output = new byte[32];

    /// <summary>One hash into a reused buffer.</summary>
    [Benchmark]
    public void Hash64Bytes() => Keccak256.Hash(input, output);
}
