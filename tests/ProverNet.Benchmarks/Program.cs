using BenchmarkDotNet.Running;
using ProverNet.Benchmarks;
using ProverNet.Benchmarks.Batches;
using ProverNet.Benchmarks.Load;

if (args.Length > 0 && args[0] == "load")
{
    return await LoadGenerator.RunAsync(LoadOptions.Parse(args[1..], RepositoryFiles.DevnetGenesis())).ConfigureAwait(false);
}

if (args.Length > 0 && args[0] == "batch-bytes")
{
    return BatchBytesReport.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(BlockExecutionBenchmarks).Assembly).Run(args);
return 0;
