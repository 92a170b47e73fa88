using ProverNet.Chain.Genesis;

namespace ProverNet.Node.Hosting;

/// <summary>Reads a genesis file from disk (the parsing and checks live in <see cref="GenesisLoader"/>).</summary>
public static class GenesisFile
{
    /// <summary>Loads <paramref name="path"/>, or the checkout's devnet genesis when it is empty.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ProverNet.Core.Json.JsonFieldException">The file is malformed; the message names the field.</exception>
    public static ChainGenesis Load(string path) => GenesisLoader.Parse(File.ReadAllText(Resolve(path)));

    /// <summary>
    /// The full path of <paramref name="path"/> — a genesis file, or a network folder holding <c>genesis.json</c> — or of
    /// the checkout's devnet genesis when it is empty.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static string Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var resolved = path.Length == 0 ? RepositoryLayout.Find(RepositoryLayout.DevnetGenesisRelativePath)
            : Directory.Exists(path) ? Path.Combine(path, "genesis.json")
            : path;
        if (resolved is null || !File.Exists(resolved))
        {
            throw new FileNotFoundException(
                $"genesis file not found: {(path.Length > 0 ? path : RepositoryLayout.DevnetGenesisRelativePath)}", path);
        }

        return Path.GetFullPath(resolved);
    }
}
