namespace ProverNet.Node.Hosting;

/// <summary>
/// Finds the files a source checkout provides (the npm toolchain, genesis definitions) by walking up from the working
/// directory and from the binary's directory, so the node runs the same from <c>dotnet run</c>, a test or a copied build.
/// </summary>
public static class RepositoryLayout
{
    /// <summary>Relative path of anvil inside a checkout.</summary>
    public const string AnvilRelativePath = "node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil";

    /// <summary>Relative path of the devnet genesis inside a checkout.</summary>
    public const string DevnetGenesisRelativePath = "genesis/devnet/genesis.json";

    /// <summary>The first directory, from the working directory or the binary's upwards, that holds <paramref name="relativePath"/>.</summary>
    public static string? Find(string relativePath)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, relativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
