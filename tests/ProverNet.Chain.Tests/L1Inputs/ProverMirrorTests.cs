using ProverNet.Chain.L1Inputs;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.L1Inputs;

/// <summary>The mirror follows the log sequences StakingController emits, in their L1 order.</summary>
public class ProverMirrorTests
{
    private static readonly L1LogId Log = new(1, 0);
    private static readonly Address Prover = Address.Parse("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65");
    private static readonly Address Delegator = Address.Parse("0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc");

    private readonly WorldState state = new(new MemoryStore());

    [Fact]
    public void Apply_RegistrationThenSelfStake_ProverIsActiveWithItsStake()
    {
        // initializeProver, then stake(prover, 100) by the prover: Staked, ProverStatusChanged(Active), StakeUpdated.
        Apply(new ProverInitializedInput(Log, Prover), new ProverStatusInput(Log, Prover, ProverStatus.Inactive));
        Assert.Equal(ProverMirror.Unregistered, state.GetProver(Prover));

        Apply(
            new StakeMovedInput(Log, StakeMovement.Staked, Prover, Prover, Brev(100)),
            new ProverStatusInput(Log, Prover, ProverStatus.Active),
            new StakeUpdatedInput(Log, Prover, Brev(100), Amount.Zero));

        Assert.Equal(new ProverRecord(Brev(100), Amount.Zero, ProverStatus.Active, Brev(100)), state.GetProver(Prover));
    }

    [Fact]
    public void Apply_DelegationThenSelfUnstake_TracksStakeAndSelfStake()
    {
        state.SetProver(Prover, new ProverRecord(Brev(100), Brev(10), ProverStatus.Active, Brev(100)));

        Apply(new StakeMovedInput(Log, StakeMovement.Staked, Prover, Delegator, Brev(50)), new StakeUpdatedInput(Log, Prover, Brev(150), Amount.Zero));
        Assert.Equal(new ProverRecord(Brev(150), Brev(10), ProverStatus.Active, Brev(100)), state.GetProver(Prover));

        Apply(new StakeMovedInput(Log, StakeMovement.UnstakeRequested, Prover, Prover, Brev(30)), new StakeUpdatedInput(Log, Prover, Brev(120), Brev(30)));
        Assert.Equal(new ProverRecord(Brev(120), Brev(10), ProverStatus.Active, Brev(70)), state.GetProver(Prover));
    }

    [Fact]
    public void Apply_DelegatorUnstake_LeavesTheSelfStake()
    {
        state.SetProver(Prover, new ProverRecord(Brev(150), Amount.Zero, ProverStatus.Active, Brev(100)));

        Apply(new StakeMovedInput(Log, StakeMovement.UnstakeRequested, Prover, Delegator, Brev(50)));

        Assert.Equal(new ProverRecord(Brev(100), Amount.Zero, ProverStatus.Active, Brev(100)), state.GetProver(Prover));
    }

    [Fact]
    public void Apply_UnstakeAboveTheMirroredStake_StopsAtZero()
    {
        state.SetProver(Prover, new ProverRecord(Brev(20), Amount.Zero, ProverStatus.Active, Brev(20)));

        Apply(new StakeMovedInput(Log, StakeMovement.UnstakeRequested, Prover, Prover, Brev(25)));

        Assert.Equal(new ProverRecord(Amount.Zero, Amount.Zero, ProverStatus.Active, Amount.Zero), state.GetProver(Prover));
    }

    [Fact]
    public void Apply_SlashOnL1_ClampsTheSelfStakeAndKeepsTheLockedStake()
    {
        state.SetProver(Prover, new ProverRecord(Brev(100), Brev(40), ProverStatus.Active, Brev(90)));

        Apply(new StakeUpdatedInput(Log, Prover, Brev(30), Amount.Zero));

        Assert.Equal(new ProverRecord(Brev(30), Brev(40), ProverStatus.Active, Brev(30)), state.GetProver(Prover));
    }

    [Fact]
    public void Apply_UnrelatedStakeUpdatedBeforeTheRelayedSlash_KeepsTheL2SlashOff()
    {
        // L2 slashed 5 BREV (the mirror dropped to 95, 5 pending); L1 has not applied it when a delegation arrives.
        state.SetProver(Prover, new ProverRecord(Brev(95), Amount.Zero, ProverStatus.Active, Brev(90), PendingSlash: Brev(5)));

        Apply(new StakeMovedInput(Log, StakeMovement.Staked, Prover, Delegator, Brev(10)), new StakeUpdatedInput(Log, Prover, Brev(110), Amount.Zero));
        Assert.Equal(new ProverRecord(Brev(105), Amount.Zero, ProverStatus.Active, Brev(90), Brev(5)), state.GetProver(Prover));

        // The relay lands: L1 takes the 5 (job 7's slash) and reports the stake.
        Apply(new SlashedInput(Log, Prover, Brev(5), EventTopicsOfJob(7)), new StakeUpdatedInput(Log, Prover, Brev(105), Amount.Zero));
        Assert.Equal(new ProverRecord(Brev(105), Amount.Zero, ProverStatus.Active, Brev(90), Amount.Zero), state.GetProver(Prover));
    }

    [Fact]
    public void Apply_SlashOfL1sOwn_LeavesThePendingL2Slash()
    {
        state.SetProver(Prover, new ProverRecord(Brev(95), Amount.Zero, ProverStatus.Active, Brev(95), PendingSlash: Brev(5)));

        Apply(new SlashedInput(Log, Prover, Brev(20), Keccak256.Hash("equivocation"u8)), new StakeUpdatedInput(Log, Prover, Brev(80), Amount.Zero));

        Assert.Equal(new ProverRecord(Brev(75), Amount.Zero, ProverStatus.Active, Brev(75), Brev(5)), state.GetProver(Prover));
    }

    [Fact]
    public void Apply_JailThenUnjail_StatusFollowsL1()
    {
        state.SetProver(Prover, new ProverRecord(Brev(100), Brev(5), ProverStatus.Active, Brev(100)));

        Apply(new JailedInput(Log, Prover, 2_000_000_000));
        Assert.Equal(ProverStatus.Jailed, state.GetProver(Prover)!.Value.Status);

        Apply(new UnjailedInput(Log, Prover));
        Assert.Equal(new ProverRecord(Brev(100), Brev(5), ProverStatus.Inactive, Brev(100)), state.GetProver(Prover));
    }

    [Fact]
    public void Apply_InitializeAMirroredProver_KeepsItsRecord()
    {
        var genesis = new ProverRecord(Brev(100), Brev(5), ProverStatus.Active, Brev(100));
        state.SetProver(Prover, genesis);

        Apply(new ProverInitializedInput(Log, Prover));

        Assert.Equal(genesis, state.GetProver(Prover));
    }

    [Theory]
    [InlineData(ProverStatus.Active)]
    [InlineData(ProverStatus.Jailed)]
    [InlineData(ProverStatus.Inactive)]
    public void Apply_StatusOfUnknownProver_CreatesItWithThatStatus(ProverStatus status)
    {
        Apply(new ProverStatusInput(Log, Prover, status));

        Assert.Equal(ProverMirror.Unregistered with { Status = status }, state.GetProver(Prover));
    }

    private static Amount Brev(ulong brev) => Amount.FromBrev(brev);

    private static Hash256 EventTopicsOfJob(ulong jobId) => ProverNet.Chain.Receipts.EventTopics.Of(jobId);

    private void Apply(params IProverMirrorInput[] inputs)
    {
        foreach (var input in inputs)
        {
            ProverMirror.Apply(state, input);
        }
    }
}
