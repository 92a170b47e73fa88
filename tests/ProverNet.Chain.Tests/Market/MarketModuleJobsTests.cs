using ProverNet.Chain.Market;
using ProverNet.Chain.State;
using ProverNet.Chain.Tests.Market.Support;
using ProverNet.Core;
using ProverNet.Core.Abi;
using static ProverNet.Chain.Tests.Market.Support.MarketFixture;

namespace ProverNet.Chain.Tests.Market;

public class MarketModuleJobsTests
{
    private const ulong Deadline = StartTime + 120;
    private readonly MarketFixture market = new(plainReferencePrice: 12);
    private readonly Address requester;
    private readonly Address prover;

    public MarketModuleJobsTests()
    {
        // Thin round at R = 12: a 10-unit job paying 120, the requester refunded 60 of its 180 escrow.
        requester = market.Requester(1);
        prover = market.Prover(1, stake: 10_000, selfStake: 2_500);
        market.Bid(requester, 18, units: 10);
        market.Offer(prover, 8);
        market.Clear();
        market.Logs.Clear();
    }

    [Fact]
    public void ApplyProof_InTime_PaysProverFeeAndDelegators()
    {
        var result = market.Module.ApplyProof(new ProofVerification(1, prover, Vk, Inputs, Deadline), market.Logs);

        // net = 120 × 9500 / 10000 = 114, fee 6; delegators 114 × 7500 / 10000 = 85 by message, the prover 29 here.
        Assert.Equal(ProofResult.Fulfilled, result);
        Assert.Equal(new Amount(29), market.Balance(prover));
        Assert.Equal(new Amount(6), market.Balance(Treasury));
        Assert.Equal(Amount.Zero, market.ProverOf(prover).LockedStake);
        Assert.Equal(JobStatus.Fulfilled, market.Job(1).Status);
        Assert.Empty(market.Ledger.AssignedJobIds());
        var message = market.Outbox.Get(0)!.Value;
        Assert.Equal((MessageKind.AddRewards, prover, new Amount(85), 0), (message.Kind, message.Target, message.Amount, message.Data.Length));
        Assert.Equal(MarketEvents.JobFulfilled(1, prover, new Amount(29), new Amount(6), new Amount(85)), Assert.Single(market.Logs));
    }

    [Fact]
    public void ApplyProof_NoDelegators_NoRewardMessage()
    {
        market.State.SetProver(prover, market.ProverOf(prover) with { SelfStake = new Amount(10_000) });

        market.Module.ApplyProof(new ProofVerification(1, prover, Vk, Inputs, Deadline), market.Logs);

        Assert.Equal(new Amount(114), market.Balance(prover));
        Assert.Equal(0UL, market.Outbox.Count);
    }

    [Fact]
    public void ApplyProof_EachWrongDetail_IgnoredWithItsResult()
    {
        var other = AccountOf(77);
        var wrong = Keccak256.Hash([9]);
        var proofs = new (ProofVerification Proof, ProofResult Result)[]
        {
            (new(2, prover, Vk, Inputs, Deadline), ProofResult.UnknownJob),
            (new(1, other, Vk, Inputs, Deadline), ProofResult.WrongProver),
            (new(1, prover, wrong, Inputs, Deadline), ProofResult.WrongVk),
            (new(1, prover, Vk, wrong, Deadline), ProofResult.WrongPublicInputs),
            (new(1, prover, Vk, Inputs, Deadline + 1), ProofResult.Late),
        };
        var before = Snapshot();

        foreach (var (proof, expected) in proofs)
        {
            Assert.Equal(expected, market.Module.ApplyProof(proof, market.Logs));
        }

        Assert.Equal(before, Snapshot());
        Assert.Empty(market.Logs);
    }

    [Fact]
    public void ApplyProof_Twice_SecondIsNotOpen()
    {
        var proof = new ProofVerification(1, prover, Vk, Inputs, Deadline);
        market.Module.ApplyProof(proof, market.Logs);

        Assert.Equal(ProofResult.NotOpen, market.Module.ApplyProof(proof, market.Logs));
    }

    [Fact]
    public void FailOverdueJobs_BeforeAndAtTheDeadline_NothingFails()
    {
        market.BlockTime = Deadline;

        Assert.False(market.Module.FailOverdueJobs(market.Logs));
        Assert.Equal(JobStatus.Assigned, market.Job(1).Status);
    }

    [Fact]
    public void FailOverdueJobs_PastTheDeadline_RefundSlashAndSlashMessage()
    {
        market.BlockTime = Deadline + 1;

        Assert.True(market.Module.FailOverdueJobs(market.Logs));

        Assert.Equal(StartBalance, market.Balance(requester));
        Assert.Equal(Amount.Zero, market.Balance(Treasury)); // the slash is of L1 stake: the message takes it there
        Assert.Equal(new ProverRecord(new Amount(9_950), Amount.Zero, ProverStatus.Active, new Amount(2_500), PendingSlash: new Amount(50)), market.ProverOf(prover));
        Assert.Equal(JobStatus.Failed, market.Job(1).Status);
        var message = market.Outbox.Get(0)!.Value;
        Assert.Equal((MessageKind.Slash, prover, new Amount(50)), (message.Kind, message.Target, message.Amount));
        Assert.Equal(new AbiWriter().WriteUInt(1).ToArray(), message.Data.ToArray());
        Assert.Equal(
            [MarketEvents.BidRefunded(1, requester, new Amount(120), RefundReason.JobFailed), MarketEvents.JobFailed(1, prover, new Amount(120), new Amount(50))],
            market.Logs);
        Assert.Equal(ProofResult.NotOpen, market.Module.ApplyProof(new ProofVerification(1, prover, Vk, Inputs, Deadline), market.Logs));
    }

    [Fact]
    public void FailOverdueJobs_L2PastTheDeadlineButL1NotYet_NothingFailsAndALateDerivedProofWins()
    {
        // L2 time has run ahead (L1 slow or down): the proof, verified on L1 at the deadline, is derived only now.
        market.BlockTime = Deadline + 600;
        market.L1Time = Deadline;

        Assert.False(market.Module.FailOverdueJobs(market.Logs));
        Assert.Equal(ProofResult.Fulfilled, market.Module.ApplyProof(new ProofVerification(1, prover, Vk, Inputs, Deadline), market.Logs));
        Assert.Equal(JobStatus.Fulfilled, market.Job(1).Status);
    }

    [Fact]
    public void FailOverdueJobs_L1PastTheDeadline_FailsWhateverTheBlockTime()
    {
        market.BlockTime = Deadline;
        market.L1Time = Deadline + 1;

        Assert.True(market.Module.FailOverdueJobs(market.Logs));
        Assert.Equal(JobStatus.Failed, market.Job(1).Status);
    }

    [Fact]
    public void FailOverdueJobs_NoSlashBps_RefundsWithoutMessage()
    {
        market.Parameters = market.Parameters with { SlashBps = 0 };
        market.BlockTime = Deadline + 1;

        market.Module.FailOverdueJobs(market.Logs);

        Assert.Equal(0UL, market.Outbox.Count);
        Assert.Equal(new Amount(10_000), market.ProverOf(prover).Stake);
    }

    [Fact]
    public void Pipeline_StagesProvenInOrder_EachPaid()
    {
        var (chunker, wrapper) = MatchPipeline();

        Assert.Equal(ProofResult.StageNotActive, market.Module.ApplyProof(new ProofVerification(3, wrapper, Vk, Inputs, Deadline), market.Logs));
        Assert.Equal(ProofResult.Fulfilled, market.Module.ApplyProof(new ProofVerification(2, chunker, Keccak256.Hash([7]), Keccak256.Hash([8]), Deadline), market.Logs));
        Assert.Equal(ProofResult.WrongVk, market.Module.ApplyProof(new ProofVerification(3, wrapper, Keccak256.Hash([7]), Inputs, Deadline), market.Logs));
        Assert.Equal(ProofResult.Fulfilled, market.Module.ApplyProof(new ProofVerification(3, wrapper, Vk, Inputs, Deadline + 20), market.Logs));
        Assert.Equal(new Amount(47), market.Balance(chunker));
        Assert.Equal(new Amount(47), market.Balance(wrapper));
    }

    [Fact]
    public void Pipeline_FirstStageOverdue_WholeJobFailsOnlyItsProverSlashed()
    {
        var (chunker, wrapper) = MatchPipeline();
        market.BlockTime = Deadline + 21;

        market.Module.FailOverdueJobs(market.Logs);

        Assert.Equal((JobStatus.Failed, JobStatus.Failed), (market.Job(2).Status, market.Job(3).Status));
        Assert.Equal(new Amount(9_950), market.ProverOf(chunker).Stake);
        Assert.Equal(new ProverRecord(new Amount(10_000), Amount.Zero, ProverStatus.Active, new Amount(10_000)), market.ProverOf(wrapper));
        // The plain job (deadline 20 s earlier) fails too: every wei the requester escrowed is back.
        Assert.Equal(StartBalance, market.Balance(requester));
        Assert.Contains(MarketEvents.BidRefunded(2, requester, new Amount(50), RefundReason.JobFailed), market.Logs);
        Assert.Contains(MarketEvents.JobFailed(3, wrapper, new Amount(50), Amount.Zero), market.Logs);
    }

    [Fact]
    public void Pipeline_LastStageOverdue_EarlierStageKeepsItsPay()
    {
        var (chunker, wrapper) = MatchPipeline();
        market.Module.ApplyProof(new ProofVerification(2, chunker, Vk, Inputs, Deadline), market.Logs);
        market.BlockTime = Deadline + 21;

        market.Module.FailOverdueJobs(market.Logs);

        Assert.Equal((JobStatus.Fulfilled, JobStatus.Failed), (market.Job(2).Status, market.Job(3).Status));
        Assert.Equal(new Amount(9_950), market.ProverOf(wrapper).Stake);
        Assert.Equal(new Amount(47), market.Balance(chunker));
    }

    // A composite bid of 1 unit at 120 over stages at R = 50 each: each stage job pays 50, the bid pays 100; its
    // deadline is 20 s after the plain job's (block time + 2 × 70).
    private (Address Chunker, Address Wrapper) MatchPipeline()
    {
        var chunker = market.Prover(2);
        var wrapper = market.Prover(3);
        market.CompositeBid(requester, 120);
        market.Offer(chunker, 40, StageA);
        market.Offer(wrapper, 45, StageB);
        market.Clear();
        market.Logs.Clear();
        Assert.Equal((2UL, 3UL), (market.Job(2).FirstStageJobId, market.Job(3).Id));
        return (chunker, wrapper);
    }

    private (JobRecord Job, ProverRecord Prover, Amount Paid, Amount Treasury, ulong Messages) Snapshot() =>
        (market.Job(1), market.ProverOf(prover), market.Balance(prover), market.Balance(Treasury), market.Outbox.Count);
}
