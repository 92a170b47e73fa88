using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.L1Inputs;
using ProverNet.Core;

namespace ProverNet.Derivation.Tests;

public sealed class VerifierInputsTests
{
    private static readonly L1Origin Held = new(100, Keccak256.Hash("L1 100"u8), 1_700_000_000);
    private static readonly L1BlockRef NextL1 = new(101, Keccak256.Hash("L1 101"u8), Held.Hash, 1_700_000_012);
    private static readonly Address Recipient = Address.Parse("0x00000000000000000000000000000000000d0001");
    private static readonly BlockHeader Parent = Header(9, Held);

    [Fact]
    public void OpeningFor_BlockKeepingItsParentsOrigin_IsEmptyWhateverL1Holds()
    {
        var opening = VerifierInputs.OpeningFor(Parent, Header(10, Held), Derived());

        Assert.NotNull(opening);
        Assert.Empty(opening);
    }

    [Fact]
    public void OpeningFor_BlockTakingTheDerivedL1Block_IsThatBlocksInputsInOrder()
    {
        var derived = Derived();

        var opening = VerifierInputs.OpeningFor(Parent, Header(10, NextL1.Origin), derived);

        Assert.Equal(derived.Inputs.Select(input => input.ToSystemTransaction()), opening!);
    }

    [Fact]
    public void OpeningFor_L1BlockNotDerivedYet_IsNullToAskAgain() =>
        Assert.Null(VerifierInputs.OpeningFor(Parent, Header(10, NextL1.Origin), next: null));

    [Theory]
    [InlineData("another hash")]
    [InlineData("another time")]
    [InlineData("skips a block")]
    public void OpeningFor_OriginThatIsNotTheDerivedL1Block_IsRefused(string how)
    {
        var origin = how switch
        {
            "another hash" => NextL1.Origin with { Hash = Keccak256.Hash("a block L1 does not have"u8) },
            "another time" => NextL1.Origin with { Timestamp = NextL1.Timestamp + 1 },
            _ => NextL1.Origin with { Number = NextL1.Number + 1 },
        };

        var error = Assert.Throws<InvalidBlockException>(() => VerifierInputs.OpeningFor(Parent, Header(10, origin), Derived()));

        Assert.Contains("block 10", error.Message, StringComparison.Ordinal);
    }

    private static L1BlockInputs Derived() => new(
        NextL1,
        [
            new DepositInput(new L1LogId(NextL1.Number, 0), 0, Recipient, Recipient, new Amount(5)),
            new DepositInput(new L1LogId(NextL1.Number, 3), 1, Recipient, Recipient, new Amount(7)),
        ],
        [],
        []);

    private static BlockHeader Header(ulong number, L1Origin origin) =>
        new(number, Keccak256.Hash("parent"u8), 1_700_000_020, origin, Hash256.Zero, Hash256.Zero, Hash256.Zero, Hash256.Zero, 0, 30_000_000, new Amount(1), Hash256.Zero);
}
