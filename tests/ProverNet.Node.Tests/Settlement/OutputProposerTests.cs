using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Web3;
using ProverNet.Node.Settlement;
using ProverNet.Node.Tests.EndToEnd;
using ProverNet.Node.Tests.Settlement.Support;
using Xunit.Abstractions;

namespace ProverNet.Node.Tests.Settlement;

public sealed class OutputProposerTests(SettlementL1Fixture l1, ITestOutputHelper output) : IClassFixture<SettlementL1Fixture>, IAsyncLifetime
{
    private static readonly ulong Interval = SettlementL1Fixture.Interval;

    public Task InitializeAsync() => l1.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ProposeDueAsync_SeveralOutputsDue_ProposesThemInOrderOnePerCall()
    {
        var oracle = l1.NewClient();
        var chain = new ListedSafeBlocks((3 * Interval) + 5);
        var proposer = NewProposer(chain, l1.NewSender(SettlementL1Fixture.Proposer));
        var fromL1Block = (await oracle.GetL1HeadAsync(default)).Number;

        var attempts = new List<OutputProposalAttempt>();
        while (await proposer.ProposeDueAsync(default) is { } attempt)
        {
            attempts.Add(attempt);
        }

        Assert.Equal([Interval, 2 * Interval, 3 * Interval], attempts.Select(attempt => attempt.L2BlockNumber));
        Assert.All(attempts, attempt => Assert.True(attempt.Receipt.Succeeded));
        Assert.Equal(3UL, await oracle.OutputCountAsync(default));
        Assert.Equal(4 * Interval, await oracle.NextBlockNumberAsync(default));
        Assert.Equal(3 * Interval, await oracle.LatestBlockNumberAsync(default));
        for (ulong index = 0; index < 3; index++)
        {
            var proposal = await oracle.GetOutputAsync(index, default);
            Assert.Equal((index + 1) * Interval, proposal.L2BlockNumber);
            Assert.Equal(chain.RootOf(proposal.L2BlockNumber), proposal.OutputRoot);
            Assert.False(proposal.Challenged);
        }

        var events = await oracle.GetOutputsProposedAsync(fromL1Block, (await oracle.GetL1HeadAsync(default)).Number, default);
        Assert.Equal([0UL, 1UL, 2UL], events.Select(proposed => proposed.Index));
        Assert.Equal(attempts.Select(attempt => (attempt.L2BlockNumber, attempt.OutputRoot, attempt.Receipt.BlockNumber)), events.Select(proposed => (proposed.L2BlockNumber, proposed.OutputRoot, proposed.L1BlockNumber)));
        var sent = await new Web3(l1.RpcUrl.ToString()).Eth.Transactions.GetTransactionByHash.SendRequestAsync(attempts[0].Receipt.TransactionHash.ToString());
        Assert.Equal(OutputOracleClient.ProposeOutputGasLimit, (ulong)sent.Gas.Value);
        Assert.Equal(2, (int)sent.Type.Value); // EIP-1559
        output.WriteLine($"proposeOutput gas used: {string.Join(", ", attempts.Select(attempt => attempt.Receipt.GasUsed))}");
    }

    [Fact]
    public async Task ProposeDueAsync_SafeHeadBelowNextBlock_SendsNothing()
    {
        var sender = l1.NewSender(SettlementL1Fixture.Proposer);
        var proposer = NewProposer(new ListedSafeBlocks(Interval - 1), sender);

        Assert.Null(await proposer.ProposeDueAsync(default));
        Assert.Equal(0, sender.Sent);
        Assert.Equal(0UL, await l1.NewClient().OutputCountAsync(default));
    }

    [Fact]
    public async Task ProposeDueAsync_NewInstanceAfterRestart_ResumesFromTheOracleWithoutDuplicateOrGap()
    {
        var oracle = l1.NewClient();
        var chain = new ListedSafeBlocks((4 * Interval) + 1) { SafeHead = 2 * Interval };
        var first = NewProposer(chain, l1.NewSender(SettlementL1Fixture.Proposer));
        Assert.NotNull(await first.ProposeDueAsync(default));
        Assert.NotNull(await first.ProposeDueAsync(default));
        Assert.Null(await first.ProposeDueAsync(default));

        chain.SafeHead = (4 * Interval) + 1;
        var restarted = NewProposer(chain, l1.NewSender(SettlementL1Fixture.Proposer));
        var resumed = new List<ulong>();
        while (await restarted.ProposeDueAsync(default) is { } attempt)
        {
            resumed.Add(attempt.L2BlockNumber);
        }

        Assert.Equal([3 * Interval, 4 * Interval], resumed);
        Assert.Equal(4UL, await oracle.OutputCountAsync(default));
        for (ulong index = 0; index < 4; index++)
        {
            Assert.Equal((index + 1) * Interval, (await oracle.GetOutputAsync(index, default)).L2BlockNumber);
        }
    }

    [Fact]
    public async Task ProposeDueAsync_L1ReorganizedUnderTheProposal_RevertsAndTheNextRoundProposes()
    {
        var oracle = l1.NewClient();
        var sender = l1.NewSender(SettlementL1Fixture.Proposer);
        var proposer = NewProposer(new ListedSafeBlocks(Interval), sender);
        var beforeHead = await l1.SnapshotAsync();
        await l1.MineAsync();
        var head = await oracle.GetL1HeadAsync(default);

        // The proposer reads head (number, hash) and signs; then L1 replaces that block with another at the same height.
        sender.BeforeNextSend = async () =>
        {
            await l1.RevertAsync(beforeHead);
            await l1.MineAsync(head.Timestamp + 7);
        };
        var reorganized = await proposer.ProposeDueAsync(default);
        var retried = await proposer.ProposeDueAsync(default);

        Assert.NotNull(reorganized);
        Assert.Equal(head, reorganized.L1Head);
        Assert.False(reorganized.Receipt.Succeeded);
        Assert.NotNull(retried);
        Assert.True(retried.Receipt.Succeeded);
        Assert.Equal(Interval, retried.L2BlockNumber);
        Assert.NotEqual(head.Hash, retried.L1Head.Hash);
        Assert.Equal(1UL, await oracle.OutputCountAsync(default));
    }

    [Fact]
    public async Task RunAsync_BlocksBecomingSafe_ProposesEachDueOutput()
    {
        var oracle = l1.NewClient();
        var chain = new ListedSafeBlocks(3 * Interval) { SafeHead = (2 * Interval) + 3 };
        var proposer = new OutputProposer(oracle, chain, l1.NewSender(SettlementL1Fixture.Proposer), new ProposerOptions { PollInterval = TimeSpan.FromMilliseconds(50) }, TimeProvider.System, NullLogger.Instance);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var running = proposer.RunAsync(stop.Token);
        await FollowingNodeFixture.WaitUntilAsync(async () => await oracle.OutputCountAsync(default) == 2, "outputs of blocks 10 and 20", 15);
        chain.SafeHead = 3 * Interval;
        await FollowingNodeFixture.WaitUntilAsync(async () => await oracle.OutputCountAsync(default) == 3, "the output of block 30", 15);
        await stop.CancelAsync();
        await running;

        Assert.Equal(4 * Interval, await oracle.NextBlockNumberAsync(default));
    }

    private OutputProposer NewProposer(ListedSafeBlocks chain, DirectL1Sender sender) =>
        new(l1.NewClient(), chain, sender, new ProposerOptions(), TimeProvider.System, NullLogger.Instance);
}
