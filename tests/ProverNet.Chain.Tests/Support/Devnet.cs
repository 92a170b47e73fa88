using ProverNet.Chain.Genesis;

namespace ProverNet.Chain.Tests.Support;

/// <summary>The devnet genesis shipped in genesis/devnet, parsed once.</summary>
internal static class Devnet
{
    public static ChainGenesis Genesis { get; } =
        GenesisLoader.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "genesis", "devnet", "genesis.json")));

    public static ProtocolParameters Parameters => Genesis.Parameters;
}
