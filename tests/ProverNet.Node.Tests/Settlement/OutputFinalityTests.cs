using Microsoft.Extensions.Logging.Abstractions;
using ProverNet.Node.Settlement;
using ProverNet.Node.Tests.Settlement.Support;

namespace ProverNet.Node.Tests.Settlement;

public sealed class OutputFinalityTests(SettlementL1Fixture l1) : IClassFixture<SettlementL1Fixture>, IAsyncLifetime
{
    private static readonly ulong Interval = SettlementL1Fixture.Interval;

    public Task InitializeAsync() => l1.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FinalizedL2BlockNumberAsync_NoOutputFinal_IsNull()
    {
        var finality = new OutputFinality(l1.NewClient());
        Assert.Null(await finality.FinalizedL2BlockNumberAsync(default));

        await l1.ProposeAllAsync(new ListedSafeBlocks(2 * Interval));

        Assert.Null(await finality.FinalizedL2BlockNumberAsync(default));
    }

    [Fact]
    public async Task FinalizedL2BlockNumberAsync_ValidatorHoldingAllValidatorStakeAttested_CoversTheAttestedOutputs()
    {
        var chain = new ListedSafeBlocks(3 * Interval);
        await l1.ProposeAllAsync(chain);
        var finality = new OutputFinality(l1.NewClient());
        var validator = new OutputValidator(l1.NewClient(), chain, l1.NewSender(SettlementL1Fixture.Validator), new ValidatorOptions(), TimeProvider.System, NullLogger.Instance);

        Assert.Equal(ValidationOutcome.Attested, (await validator.ValidateNextAsync(default)).Outcome);
        var afterOne = await finality.FinalizedL2BlockNumberAsync(default);
        Assert.Equal(ValidationOutcome.Attested, (await validator.ValidateNextAsync(default)).Outcome);
        var afterTwo = await finality.FinalizedL2BlockNumberAsync(default);

        Assert.Equal(Interval, afterOne);
        Assert.Equal(2 * Interval, afterTwo);
        Assert.False(await l1.NewClient().IsFinalizedAsync(2, default));
    }

    [Fact]
    public async Task FinalizedL2BlockNumberAsync_FinalityDelayPassed_CoversEveryOutput()
    {
        await l1.ProposeAllAsync(new ListedSafeBlocks(3 * Interval));
        var finality = new OutputFinality(l1.NewClient());
        Assert.Null(await finality.FinalizedL2BlockNumberAsync(default));

        await l1.IncreaseTimeAsync(SettlementL1Fixture.FinalityDelaySeconds);

        Assert.Equal(3 * Interval, await finality.FinalizedL2BlockNumberAsync(default));
    }

    [Fact]
    public async Task FinalizedL2BlockNumberAsync_OutputChallenged_StopsBeforeItEvenIfLaterOnesAreAttested()
    {
        var chain = new ListedSafeBlocks(3 * Interval);
        await l1.ProposeAllAsync(chain, new ProposerOptions { InjectWrongRootAtBlock = 2 * Interval });
        var validator = new OutputValidator(l1.NewClient(), chain, l1.NewSender(SettlementL1Fixture.Validator), new ValidatorOptions(), TimeProvider.System, NullLogger.Instance);
        var outcomes = new[] { await validator.ValidateNextAsync(default), await validator.ValidateNextAsync(default), await validator.ValidateNextAsync(default) }.Select(step => step.Outcome);
        Assert.Equal([ValidationOutcome.Attested, ValidationOutcome.Challenged, ValidationOutcome.Attested], outcomes);

        await l1.IncreaseTimeAsync(SettlementL1Fixture.FinalityDelaySeconds);

        Assert.Equal(Interval, await new OutputFinality(l1.NewClient()).FinalizedL2BlockNumberAsync(default));
    }
}
