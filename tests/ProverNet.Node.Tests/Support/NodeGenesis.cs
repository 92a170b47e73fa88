using ProverNet.Chain.Genesis;
using ProverNet.Node.Hosting;

namespace ProverNet.Node.Tests.Support;

/// <summary>The checkout's devnet genesis.</summary>
internal static class NodeGenesis
{
    /// <summary>Path of genesis/devnet/genesis.json in the checkout.</summary>
    public static string DevnetPath { get; } = GenesisFile.Resolve(string.Empty);

    /// <summary>The parsed devnet genesis.</summary>
    public static ChainGenesis Devnet { get; } = GenesisFile.Load(DevnetPath);
}
