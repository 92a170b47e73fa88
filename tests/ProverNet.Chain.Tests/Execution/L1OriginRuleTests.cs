using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.L1Inputs;
using ProverNet.Chain.Tests.Support;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.Execution;

public sealed class L1OriginRuleTests
{
    private static readonly L1Origin Anchor = DevnetGenesis.FollowingL1.L1.Origin!.Value;
    private static readonly L1Origin Next = new(Anchor.Number + 1, Keccak256.Hash("L1 block 101"u8), Anchor.Timestamp + 12);

    [Fact]
    public void Produce_HeldOriginWithoutInputs_IsValid()
    {
        var processor = Following();

        var block = processor.Produce(new BlockAttributes(1_001, Anchor, []), EmptyTransactionSource.Instance).Block;

        Assert.Equal(Anchor, block.Header.L1Origin);
    }

    [Fact]
    public void Produce_NextOriginWithItsInputs_AppliesThem()
    {
        var processor = Following();
        var recipient = Address.Parse("0x00000000000000000000000000000000000d0001");
        var deposit = new DepositInput(new L1LogId(Next.Number, 0), 0, recipient, recipient, new Amount(77));

        var block = processor.Produce(new BlockAttributes(Next.Timestamp, Next, [deposit.ToSystemTransaction()]), EmptyTransactionSource.Instance).Block;

        Assert.Equal(Next, block.Header.L1Origin);
        Assert.Equal(new Amount(77), processor.State.GetAccount(recipient).Balance);
    }

    [Theory]
    [InlineData("held origin with inputs", "yet has 1 L1 inputs")]
    [InlineData("skips an L1 block", "neither the parent's")]
    [InlineData("same height, other hash", "not its block")]
    [InlineData("origin after the block", "must lie between")]
    [InlineData("origin before the parent's origin", "must lie between")]
    public void Produce_InvalidOrigin_ThrowsAndStoresNothing(string malformation, string expected)
    {
        var processor = Following();
        var someone = Address.Parse("0x00000000000000000000000000000000000d0003");
        var deposit = new DepositInput(new L1LogId(Anchor.Number, 0), 0, someone, someone, new Amount(1)).ToSystemTransaction();
        var attributes = malformation switch
        {
            "held origin with inputs" => new BlockAttributes(1_001, Anchor, [deposit]),
            "skips an L1 block" => new BlockAttributes(1_100, Next with { Number = Next.Number + 1 }, []),
            "same height, other hash" => new BlockAttributes(1_001, Anchor with { Hash = Next.Hash }, []),
            "origin after the block" => new BlockAttributes(Next.Timestamp - 1, Next, []),
            _ => new BlockAttributes(1_100, Next with { Timestamp = Anchor.Timestamp - 1 }, []),
        };

        var error = Assert.Throws<InvalidBlockException>(() => processor.Produce(attributes, EmptyTransactionSource.Instance));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(0UL, processor.Head.Number);
    }

    [Fact]
    public void Produce_PastTheDrift_TakesNoUserTransactions()
    {
        var processor = Following();
        var source = new QueueTransactionSource();
        source.Enqueue(ChainTransactions.Sign(4, 0, Address.Parse("0x00000000000000000000000000000000000d0002"), 1));
        var drift = DevnetGenesis.FollowingL1.Rollup.MaxSequencerDriftSec;

        var late = processor.Produce(new BlockAttributes(Anchor.Timestamp + drift + 1, Anchor, []), source).Block;
        var inTime = processor.Produce(new BlockAttributes(Next.Timestamp + drift, Next, []), source).Block;

        Assert.Empty(late.Body.UserTransactions);
        Assert.Single(inTime.Body.UserTransactions);
    }

    [Fact]
    public void Import_UserTransactionsPastTheDrift_IsRejected()
    {
        var producer = new BlockProcessor(new MemoryStore(), DevnetGenesis.FollowingL1 with { Rollup = DevnetGenesis.FollowingL1.Rollup with { MaxSequencerDriftSec = 100_000 } });
        var source = new QueueTransactionSource();
        source.Enqueue(ChainTransactions.Sign(4, 0, Address.Parse("0x00000000000000000000000000000000000d0002"), 1));
        var block = producer.Produce(new BlockAttributes(Anchor.Timestamp + DevnetGenesis.FollowingL1.Rollup.MaxSequencerDriftSec + 1, Anchor, []), source).Block;

        var error = Assert.Throws<InvalidBlockException>(() => Following().Import(block));

        Assert.Contains("may carry no user transactions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DerivedInputsEqualToTheBlocks_CommitsIt()
    {
        var producer = Following();
        var recipient = Address.Parse("0x00000000000000000000000000000000000d0003");
        var deposit = new DepositInput(new L1LogId(Next.Number, 0), 0, recipient, recipient, new Amount(77)).ToSystemTransaction();
        var block = producer.Produce(new BlockAttributes(Next.Timestamp, Next, [deposit]), EmptyTransactionSource.Instance).Block;
        var validator = Following();

        validator.Import(block, [deposit]);

        Assert.Equal(block, validator.Head);
    }

    [Theory]
    [InlineData("minted from nothing")]
    [InlineData("deposit left out")]
    [InlineData("other amount")]
    public void Import_OpeningOtherThanDerivedFromL1_IsRefusedAndStoresNothing(string how)
    {
        var recipient = Address.Parse("0x00000000000000000000000000000000000d0004");
        var onL1 = new DepositInput(new L1LogId(Next.Number, 0), 0, recipient, recipient, new Amount(77));
        SystemTransaction[] sequenced = how switch
        {
            "minted from nothing" => [onL1.ToSystemTransaction(), (onL1 with { Log = new L1LogId(Next.Number, 1), Nonce = 1 }).ToSystemTransaction()],
            "deposit left out" => [],
            _ => [(onL1 with { Amount = new Amount(77_000) }).ToSystemTransaction()],
        };
        var block = Following().Produce(new BlockAttributes(Next.Timestamp, Next, sequenced), EmptyTransactionSource.Instance).Block;
        var validator = Following();
        var genesis = validator.Head;

        // The block is valid on its own terms (a plain import takes it): only the inputs derived from L1 refuse it.
        Following().Import(block);
        Assert.Throws<InvalidBlockException>(() => validator.Import(block, [onL1.ToSystemTransaction()]));

        Assert.Equal(genesis, validator.Head);
        Assert.Equal(Amount.Zero, validator.State.GetAccount(recipient).Balance);
    }

    [Fact]
    public void Derive_AttributesAndTransactionsOfAProducedBlock_GivesThatBlock()
    {
        var producer = Following();
        var source = new QueueTransactionSource();
        source.Enqueue(ChainTransactions.Sign(4, 0, Address.Parse("0x00000000000000000000000000000000000d0005"), 3));
        source.Enqueue(ChainTransactions.Sign(4, 1, Address.Parse("0x00000000000000000000000000000000000d0005"), 4));
        var block = producer.Produce(new BlockAttributes(Next.Timestamp, Next, []), source).Block;
        var validator = Following();

        validator.Derive(new BlockAttributes(block.Header.Timestamp, block.Header.L1Origin, []), block.Body.UserTransactions);

        Assert.Equal(block, validator.Head);
    }

    [Fact]
    public void Derive_ATransactionThatDoesNotApply_RefusesTheWholeBlock()
    {
        var validator = Following();
        var genesis = validator.Head;
        ReadOnlyMemory<byte>[] transactions =
        [
            ChainTransactions.Sign(4, 0, Address.Parse("0x00000000000000000000000000000000000d0006"), 3).Raw,
            ChainTransactions.Sign(4, 5, Address.Parse("0x00000000000000000000000000000000000d0006"), 4).Raw, // nonce gap
        ];

        var error = Assert.Throws<InvalidBlockException>(() => validator.Derive(new BlockAttributes(Next.Timestamp, Next, []), transactions));

        Assert.Contains("user transaction 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(genesis, validator.Head);
    }

    [Fact]
    public void Derive_TransactionsPastTheDrift_RefusesTheBlock()
    {
        var validator = Following();
        ReadOnlyMemory<byte>[] transactions = [ChainTransactions.Sign(4, 0, Address.Parse("0x00000000000000000000000000000000000d0008"), 1).Raw];

        var error = Assert.Throws<InvalidBlockException>(() =>
            validator.Derive(new BlockAttributes(Anchor.Timestamp + DevnetGenesis.FollowingL1.Rollup.MaxSequencerDriftSec + 1, Anchor, []), transactions));

        Assert.Contains("may carry no user transactions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowsUserTransactions_ChainFollowingNoL1_AlwaysTrue() =>
        Assert.True(L1OriginRule.AllowsUserTransactions(ulong.MaxValue, default, DevnetGenesis.Value));

    private static BlockProcessor Following() => new(new MemoryStore(), DevnetGenesis.FollowingL1);
}
