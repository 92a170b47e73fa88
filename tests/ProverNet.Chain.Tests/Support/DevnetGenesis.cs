using ProverNet.Chain.Genesis;

namespace ProverNet.Chain.Tests.Support;

/// <summary>The repository's devnet genesis (copied next to the tests), parsed once.</summary>
public static class DevnetGenesis
{
    /// <summary>genesis/devnet/genesis.json.</summary>
    public static ChainGenesis Value { get; } =
        GenesisLoader.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "genesis", "devnet", "genesis.json")));
}
