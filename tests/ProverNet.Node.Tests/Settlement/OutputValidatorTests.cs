using Microsoft.Extensions.Logging;
using ProverNet.Node.Settlement;
using ProverNet.Node.Tests.Rpc;
using ProverNet.Node.Tests.Settlement.Support;
using Xunit.Abstractions;

namespace ProverNet.Node.Tests.Settlement;

public sealed class OutputValidatorTests(SettlementL1Fixture l1, ITestOutputHelper output) : IClassFixture<SettlementL1Fixture>, IAsyncLifetime, IDisposable
{
    private static readonly ulong Interval = SettlementL1Fixture.Interval;
    private readonly CapturingLoggerProvider logs = new();

    public Task InitializeAsync() => l1.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => logs.Dispose();

    [Fact]
    public async Task ValidateNextAsync_MatchingRoots_AttestsEachOutputInOrder()
    {
        var oracle = l1.NewClient();
        var chain = new ListedSafeBlocks(2 * Interval);
        await l1.ProposeAllAsync(chain);
        var validator = NewValidator(chain, l1.NewSender(SettlementL1Fixture.Validator));

        var first = await validator.ValidateNextAsync(default);
        var second = await validator.ValidateNextAsync(default);
        var third = await validator.ValidateNextAsync(default);

        Assert.Equal((ValidationOutcome.Attested, (ulong?)0), (first.Outcome, first.Index));
        Assert.Equal((ValidationOutcome.Attested, (ulong?)1), (second.Outcome, second.Index));
        Assert.Equal(ValidationOutcome.NoOutput, third.Outcome);
        Assert.True(await oracle.HasAttestedAsync(0, SettlementL1Fixture.Validator.Address, default));
        Assert.True(await oracle.HasAttestedAsync(1, SettlementL1Fixture.Validator.Address, default));
        Assert.True((await oracle.GetOutputAsync(0, default)).AttestedFinal); // the devnet's one validator holds all validator stake
        Assert.DoesNotContain(logs.Entries, entry => entry.Level >= LogLevel.Warning);
        output.WriteLine($"attest gas used: {first.Receipt!.GasUsed}, {second.Receipt!.GasUsed}");
    }

    [Fact]
    public async Task ValidateNextAsync_OutputAheadOfOwnSafeHead_WaitsUntilTheBlockIsSafe()
    {
        var chain = new ListedSafeBlocks(Interval);
        await l1.ProposeAllAsync(chain);
        var sender = l1.NewSender(SettlementL1Fixture.Validator);
        var validator = NewValidator(chain, sender);
        chain.SafeHead = Interval - 1;

        var early = await validator.ValidateNextAsync(default);
        chain.SafeHead = Interval;
        var caughtUp = await validator.ValidateNextAsync(default);

        Assert.Equal((ValidationOutcome.AheadOfSafeHead, (ulong?)0), (early.Outcome, early.Index));
        Assert.Equal(ValidationOutcome.Attested, caughtUp.Outcome);
        Assert.Equal(1, sender.Sent);
    }

    [Fact]
    public async Task ValidateNextAsync_InjectedWrongRoot_ChallengesAndFreezesItAndLaterOutputs()
    {
        var oracle = l1.NewClient();
        var chain = new ListedSafeBlocks(3 * Interval);
        await l1.ProposeAllAsync(chain, new ProposerOptions { InjectWrongRootAtBlock = 2 * Interval });
        var validator = NewValidator(chain, l1.NewSender(SettlementL1Fixture.Validator));
        var wrongRoot = (await oracle.GetOutputAsync(1, default)).OutputRoot;

        var steps = new[] { await validator.ValidateNextAsync(default), await validator.ValidateNextAsync(default), await validator.ValidateNextAsync(default) };
        await l1.IncreaseTimeAsync(SettlementL1Fixture.FinalityDelaySeconds + 1);

        Assert.Equal([ValidationOutcome.Attested, ValidationOutcome.Challenged, ValidationOutcome.Attested], steps.Select(step => step.Outcome));
        Assert.NotEqual(chain.RootOf(2 * Interval), wrongRoot);
        Assert.Equal(1UL, await oracle.FrozenFromAsync(default));
        Assert.True((await oracle.GetOutputAsync(1, default)).Challenged);
        Assert.Equal(SettlementL1Fixture.Validator.Address, await oracle.ChallengerOfAsync(1, default));
        Assert.True(await oracle.IsFinalizedAsync(0, default));
        Assert.False(await oracle.IsFinalizedAsync(1, default));
        Assert.False(await oracle.IsFinalizedAsync(2, default)); // attested by all validator stake, and still frozen
        var error = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains(wrongRoot.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains(chain.RootOf(2 * Interval).ToString(), error.Message, StringComparison.Ordinal);
        output.WriteLine($"challenge gas used: {steps[1].Receipt!.GasUsed}");
    }

    [Fact]
    public async Task ValidateNextAsync_KeyNotAnActiveValidator_SendsNothingAndWarnsOnce()
    {
        var chain = new ListedSafeBlocks(Interval);
        await l1.ProposeAllAsync(chain);
        var sender = l1.NewSender(SettlementL1Fixture.NonValidator);
        var validator = NewValidator(chain, sender);

        var steps = new[] { await validator.ValidateNextAsync(default), await validator.ValidateNextAsync(default) };

        Assert.All(steps, step => Assert.Equal(ValidationOutcome.NotValidator, step.Outcome));
        Assert.Equal(0, sender.Sent);
        var warning = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains(SettlementL1Fixture.NonValidator.Address.ToString(), warning.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ValidateNextAsync_NewInstanceAfterRestart_ResumesAfterItsLastAttestation()
    {
        var chain = new ListedSafeBlocks(3 * Interval);
        await l1.ProposeAllAsync(chain);
        var first = NewValidator(chain, l1.NewSender(SettlementL1Fixture.Validator));
        Assert.Equal(ValidationOutcome.Attested, (await first.ValidateNextAsync(default)).Outcome);
        Assert.Equal(ValidationOutcome.Attested, (await first.ValidateNextAsync(default)).Outcome);

        var sender = l1.NewSender(SettlementL1Fixture.Validator);
        var restarted = NewValidator(chain, sender);
        var resumed = await restarted.ValidateNextAsync(default);
        var done = await restarted.ValidateNextAsync(default);

        Assert.Equal((ValidationOutcome.Attested, (ulong?)2), (resumed.Outcome, resumed.Index));
        Assert.Equal(ValidationOutcome.NoOutput, done.Outcome);
        Assert.Equal(1, sender.Sent);
    }

    [Fact]
    public async Task ValidateNextAsync_OutputFinalByDelay_PassesOverItWithoutSending()
    {
        var chain = new ListedSafeBlocks(Interval);
        var sender = l1.NewSender(SettlementL1Fixture.Validator);
        var validator = NewValidator(chain, sender);
        Assert.Equal(ValidationOutcome.NoOutput, (await validator.ValidateNextAsync(default)).Outcome);
        await l1.ProposeAllAsync(chain);
        await l1.IncreaseTimeAsync(SettlementL1Fixture.FinalityDelaySeconds + 1);

        var step = await validator.ValidateNextAsync(default);
        var restarted = await NewValidator(chain, sender).ValidateNextAsync(default);

        Assert.Equal((ValidationOutcome.Skipped, (ulong?)0), (step.Outcome, step.Index));
        Assert.Equal(ValidationOutcome.NoOutput, restarted.Outcome); // a new instance resumes past the final output
        Assert.Equal(0, sender.Sent);
    }


    private OutputValidator NewValidator(ListedSafeBlocks chain, DirectL1Sender sender) =>
        new(l1.NewClient(), chain, sender, new ValidatorOptions(), TimeProvider.System, logs.CreateLogger("validator"));
}
