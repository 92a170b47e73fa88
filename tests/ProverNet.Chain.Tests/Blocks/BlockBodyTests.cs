using ProverNet.Chain.Blocks;
using ProverNet.Chain.Tests.Blocks.Support;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Blocks;

public sealed class BlockBodyTests
{
    [Fact]
    public void TransactionHashes_MixedBody_AreInExecutionOrder()
    {
        var opening = new SystemTransaction(1, new byte[] { 1 });
        byte[] user = [0x02, 0xc0];
        var closing = new SystemTransaction(2, new byte[] { 2 });

        var body = new BlockBody([opening], [user], [closing]);

        Assert.Equal([opening.ComputeHash(), Keccak256.Hash(user), closing.ComputeHash()], body.TransactionHashes);
        Assert.Equal(3, body.TransactionCount);
    }

    [Fact]
    public void TransactionsRoot_MixedBody_IsOrderedRootOfTheHashes()
    {
        var body = BlockSamples.Body(5, userCount: 3);

        Assert.Equal(OrderedMerkleRoot.Compute(body.TransactionHashes), body.TransactionsRoot);
    }

    [Fact]
    public void TransactionsRoot_Empty_IsZero()
    {
        Assert.Equal(Hash256.Zero, BlockBody.Empty.TransactionsRoot);
        Assert.Equal(0, BlockBody.Empty.TransactionCount);
    }

    [Fact]
    public void Equals_SystemTransactionMovedFromOpeningToClosing_IsDifferent()
    {
        var transaction = new SystemTransaction(1, new byte[] { 1 });

        Assert.NotEqual(new BlockBody([transaction], [], []), new BlockBody([], [], [transaction]));
        Assert.Equal(new BlockBody([transaction], [], []), new BlockBody([transaction], [], []));
    }

    [Fact]
    public void Constructor_CallerListChangedAfterwards_BodyUnchanged()
    {
        var users = new List<ReadOnlyMemory<byte>> { new byte[] { 1 } };
        var body = new BlockBody([], users, []);

        users.Add(new byte[] { 2 });

        Assert.Single(body.UserTransactions);
    }
}
