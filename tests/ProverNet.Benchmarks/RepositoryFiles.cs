namespace ProverNet.Benchmarks;

/// <summary>Files of the checkout the benchmarks read, found upwards from the build output.</summary>
public static class RepositoryFiles
{
    /// <summary>genesis/devnet/genesis.json.</summary>
    public static string DevnetGenesis()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "genesis", "devnet", "genesis.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("genesis/devnet/genesis.json not found above " + AppContext.BaseDirectory);
    }
}
