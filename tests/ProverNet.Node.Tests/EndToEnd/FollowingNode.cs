namespace ProverNet.Node.Tests.EndToEnd;

/// <summary>End-to-end tests that share one devnet whose sequencer follows its L1.</summary>
[CollectionDefinition(Name)]
public sealed class FollowingNode : ICollectionFixture<FollowingNodeFixture>
{
    public const string Name = "following node";
}
