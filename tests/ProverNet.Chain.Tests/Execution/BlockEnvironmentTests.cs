using ProverNet.Chain.Execution;
using ProverNet.Chain.Gas;
using ProverNet.Chain.Tests.Support;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.Execution;

public sealed class BlockEnvironmentTests
{
    [Fact]
    public void ForChildOf_Parent_IsTheNextHeightWithTheRuleBaseFeeAndTheGenesisAddresses()
    {
        var processor = new BlockProcessor(new MemoryStore(), Devnet.Genesis);
        var parent = processor.Head.Header;

        var environment = BlockEnvironment.ForChildOf(parent, parent.Timestamp + 7, Devnet.Parameters, Devnet.Genesis);

        Assert.Equal(parent.Number + 1, environment.Number);
        Assert.Equal(parent.Timestamp + 7, environment.Timestamp);
        Assert.Equal(BaseFeeRule.ForChildOf(parent, Devnet.Parameters.Gas), environment.BaseFee);
        Assert.Equal(
            (Devnet.Genesis.Rollup.BlockGasLimit, Devnet.Genesis.ChainId, Devnet.Genesis.Rollup.Sequencer, Devnet.Genesis.Rollup.Treasury),
            (environment.GasLimit, environment.ChainId, environment.Sequencer, environment.Treasury));
        Assert.Equal(new AdmissionContext(Devnet.Genesis.ChainId, environment.BaseFee, environment.GasLimit, Devnet.Parameters.Gas), environment.Admission);
    }

    [Fact]
    public void ForChildOf_ThenProduced_TheBlockHasTheEnvironmentsHeightAndBaseFee()
    {
        var processor = new BlockProcessor(new MemoryStore(), Devnet.Genesis);
        var parent = processor.Head.Header;
        var expected = BlockEnvironment.ForChildOf(parent, parent.Timestamp + 1, Devnet.Parameters, Devnet.Genesis);

        var header = processor.Produce(new BlockAttributes(parent.Timestamp + 1, default, []), EmptyTransactionSource.Instance).Block.Header;

        Assert.Equal((expected.Number, expected.BaseFee, expected.GasLimit), (header.Number, header.BaseFee, header.GasLimit));
    }

    [Fact]
    public void ForChildOf_ChainFollowingNoL1_L1TimeIsTheBlockTime()
    {
        var parent = new BlockProcessor(new MemoryStore(), Devnet.Genesis).Head.Header;

        Assert.Equal(parent.Timestamp + 7, BlockEnvironment.ForChildOf(parent, parent.Timestamp + 7, Devnet.Parameters, Devnet.Genesis).L1Time);
    }

    [Fact]
    public void ForChildOf_ChainFollowingL1_L1TimeIsTheOriginsTime()
    {
        var genesis = DevnetGenesis.FollowingL1;
        var parent = new BlockProcessor(new MemoryStore(), genesis).Head.Header;
        var next = parent.L1Origin with { Number = parent.L1Origin.Number + 1, Timestamp = parent.L1Origin.Timestamp + 12 };

        Assert.Equal(parent.L1Origin.Timestamp, BlockEnvironment.ForChildOf(parent, parent.Timestamp + 900, Devnet.Parameters, genesis).L1Time);
        Assert.Equal(next.Timestamp, BlockEnvironment.ForChildOf(parent, parent.Timestamp + 900, Devnet.Parameters, genesis, next).L1Time);
    }
}
