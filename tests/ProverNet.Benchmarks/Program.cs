using BenchmarkDotNet.Running;
using ProverNet.Benchmarks;
using ProverNet.Benchmarks.Load;

if (args.Length > 0 && args[0] == "load")
{
    return await LoadGenerator.RunAsync(LoadOptions.Parse(args[1..], RepositoryFiles.DevnetGenesis())).ConfigureAwait(false);
}

BenchmarkSwitcher.FromAssembly(typeof(BlockExecutionBenchmarks).Assembly).Run(args);
return 0;
