using ProverNet.Chain.Genesis;

namespace ProverNet.Chain.Tests.Support;

/// <summary>The repository's devnet genesis (copied next to the tests), parsed once.</summary>
public static class DevnetGenesis
{
    /// <summary>genesis/devnet/genesis.json.</summary>
    public static ChainGenesis Value { get; } =
        GenesisLoader.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "genesis", "devnet", "genesis.json")));

    /// <summary>The devnet genesis anchored to a made-up L1: block 0's origin is L1 block 100, at time 1,000.</summary>
    public static ChainGenesis FollowingL1 { get; } = Value with
    {
        L1 = Value.L1 with
        {
            Origin = new ProverNet.Chain.Blocks.L1Origin(100, Core.Keccak256.Hash("L1 block 100"u8), 1_000),
            Contracts = new L1Contracts(Address(0xB1), Address(0x5C), Address(0x9A), Address(0xF0), Address(0xBA)),
        },
        Timestamp = 1_000,
    };

    private static Core.Address Address(byte value) => new(Enumerable.Repeat(value, Core.Address.Length).ToArray());
}
