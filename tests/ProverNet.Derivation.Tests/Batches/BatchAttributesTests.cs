using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.L1Inputs;
using ProverNet.Core;
using ProverNet.Derivation.Batches;

namespace ProverNet.Derivation.Tests.Batches;

public sealed class BatchAttributesTests
{
    private static readonly L1Origin Held = new(100, Keccak256.Hash("L1 100"u8), 1_700_000_000);
    private static readonly L1BlockRef NextL1 = new(101, Keccak256.Hash("L1 101"u8), Held.Hash, 1_700_000_012);
    private static readonly Address Recipient = Address.Parse("0x00000000000000000000000000000000000d0009");
    private static readonly BlockHeader Parent =
        new(9, Keccak256.Hash("parent"u8), 1_700_000_010, Held, Hash256.Zero, Hash256.Zero, Hash256.Zero, Hash256.Zero, 0, 30_000_000, new Amount(1), Hash256.Zero);

    [Fact]
    public void For_BatchBlockOnTheParentsOrigin_KeepsItWithoutInputs()
    {
        var attributes = BatchAttributes.For(Parent, new SequencedBlock(1_700_000_011, 100, []), Derived());

        Assert.Equal(new BlockAttributes(1_700_000_011, Held, []).Timestamp, attributes!.Timestamp);
        Assert.Equal(Held, attributes.L1Origin);
        Assert.Empty(attributes.OpeningSystemTransactions);
    }

    [Fact]
    public void For_BatchBlockTakingTheNextL1Block_TakesItsHashTimeAndInputsFromL1()
    {
        var derived = Derived();

        var attributes = BatchAttributes.For(Parent, new SequencedBlock(1_700_000_012, 101, []), derived);

        Assert.Equal(NextL1.Origin, attributes!.L1Origin);
        Assert.Equal(derived.OpeningTransactions(), attributes.OpeningSystemTransactions);
    }

    [Fact]
    public void For_NextL1BlockNotDerivedYet_IsNullToAskAgain() =>
        Assert.Null(BatchAttributes.For(Parent, new SequencedBlock(1_700_000_012, 101, []), next: null));

    [Theory]
    [InlineData(99UL)]
    [InlineData(102UL)]
    public void For_OriginNeitherHeldNorNext_IsRefused(ulong origin) =>
        Assert.Throws<InvalidBlockException>(() => BatchAttributes.For(Parent, new SequencedBlock(1_700_000_020, origin, []), Derived()));

    private static L1BlockInputs Derived() => new(NextL1, [new DepositInput(new L1LogId(NextL1.Number, 0), 0, Recipient, Recipient, new Amount(5))], [], []);
}
