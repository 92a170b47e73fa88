using BenchmarkDotNet.Attributes;
using ProverNet.Chain.Genesis;
using ProverNet.Core;
using ProverNet.Derivation;

namespace ProverNet.Benchmarks;

/// <summary>
/// The derivation stages alone — traversal, retrieval, input stage — over 1,000 L1 blocks recorded in memory
/// (<see cref="RecordedL1"/>, 3,850 inputs), and beside it the decoding of the same logs alone, so what the stages add
/// to decoding shows. Inputs per second = 3,850 / mean seconds.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class DerivationBenchmarks
{
    private const int Blocks = 1_000;
    private static readonly L1Contracts Contracts = new(Filled(0xB1), Filled(0x5C), Filled(0x9A), Filled(0xF0), Filled(0xBA));
    private RecordedL1 l1 = null!;
    private L1BlockLogs[] recorded = [];

    /// <summary>Records the L1 and, for the decoding baseline, each block with its logs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        l1 = new RecordedL1(Blocks, Contracts);
        var stage = new L1Retrieval(new L1Traversal(l1, l1.Genesis.Origin, confirmations: 0), l1, Contracts.All);
        var blocks = new List<L1BlockLogs>();
        while (stage.NextAsync(CancellationToken.None).GetAwaiter().GetResult() is { } block)
        {
            blocks.Add(block);
        }

        recorded = [.. blocks];
        if (recorded.Length != Blocks || DecodeOnly() != l1.Inputs)
        {
            throw new InvalidOperationException($"{recorded.Length} blocks, {DecodeOnly()} of {l1.Inputs} inputs derived");
        }
    }

    /// <summary>Decoding the recorded blocks' logs into inputs, no stage around it.</summary>
    [Benchmark(Baseline = true)]
    public int DecodeOnly()
    {
        var inputs = 0;
        foreach (var block in recorded)
        {
            inputs += L1InputStage.Decode(block, Contracts).Inputs.Count;
        }

        return inputs;
    }

    /// <summary>Every block through the three stages, from the first after the genesis to the head.</summary>
    [Benchmark]
    public async Task<int> DeriveAllStages()
    {
        var stage = new L1InputStage(new L1Retrieval(new L1Traversal(l1, l1.Genesis.Origin, confirmations: 0), l1, Contracts.All), Contracts);
        var inputs = 0;
        while (await stage.NextAsync(CancellationToken.None).ConfigureAwait(false) is { } block)
        {
            inputs += block.Inputs.Count;
        }

        return inputs;
    }

    private static Address Filled(byte value) => new(Enumerable.Repeat(value, Address.Length).ToArray());
}
