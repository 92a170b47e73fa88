namespace ProverNet.Node.Tests.Devnet;

/// <summary>Tests that share one local anvil.</summary>
[CollectionDefinition(Name)]
public sealed class SharedAnvil : ICollectionFixture<AnvilFixture>
{
    public const string Name = "anvil";
}
