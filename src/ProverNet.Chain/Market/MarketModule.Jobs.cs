using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Market;

public sealed partial class MarketModule
{
    /// <summary>
    /// Applies an L1 <c>ProofVerified</c>: when it names an assigned job whose turn it is (earlier pipeline stages
    /// fulfilled), from its prover, with the job's key and inputs (checked on the last stage only), verified by the
    /// deadline, the job is fulfilled. Anything else changes nothing.
    /// </summary>
    public ProofResult ApplyProof(ProofVerification proof, ICollection<LogEntry> logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        var result = Check(proof, out var job);
        if (result == ProofResult.Fulfilled)
        {
            Fulfil(job, logs);
        }

        return result;
    }

    /// <summary>
    /// Fails every assigned job whose deadline is before the L1 time the chain has seen (<see cref="Execution.BlockEnvironment.L1Time"/>:
    /// a proof verified on L1 by its deadline is derived before L1 time passes it, however late L2 derives it): the requester gets the job's escrow back, the
    /// prover's lock is slashed by <c>slashBps</c> and the rest released. The stake is L1 BREV: the L2 mirror drops at once
    /// and a <c>Slash</c> message takes it on L1 (to the L1 treasury); nothing is minted on L2, where it never was. In a pipeline the first unproven stage is the failing one; the stages after it fail with it,
    /// unslashed.
    /// </summary>
    /// <returns>Whether any job failed.</returns>
    public bool FailOverdueJobs(ICollection<LogEntry> logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        var due = ledger.JobsDueBefore(environment.L1Time);
        foreach (var jobId in due)
        {
            var job = ledger.FindJob(jobId)!.Value;
            if (job.Status != JobStatus.Assigned)
            {
                continue;
            }

            Fail(job, slash: true, logs);
            for (var stage = job.Stage + 1; stage < job.StageCount; stage++)
            {
                if (ledger.FindJob(job.FirstStageJobId + stage) is { Status: JobStatus.Assigned } later)
                {
                    Fail(later, slash: false, logs);
                }
            }
        }

        return due.Count > 0;
    }

    private ProofResult Check(ProofVerification proof, out JobRecord job)
    {
        if (ledger.FindJob(proof.JobId) is not { } found)
        {
            job = default;
            return ProofResult.UnknownJob;
        }

        job = found;
        return job.Status != JobStatus.Assigned ? ProofResult.NotOpen
            : proof.Prover != job.Prover ? ProofResult.WrongProver
            : job.Stage > 0 && ledger.FindJob(job.Id - 1)?.Status != JobStatus.Fulfilled ? ProofResult.StageNotActive
            : job.IsLastStage && proof.VkHash != job.VkHash ? ProofResult.WrongVk
            : job.IsLastStage && proof.PublicInputsHash != job.PublicInputsHash ? ProofResult.WrongPublicInputs
            : proof.L1Timestamp > job.Deadline ? ProofResult.Late
            : ProofResult.Fulfilled;
    }

    /// <summary>
    /// Pays a fulfilled job: the fee (<c>marketFeeBps</c> of the pay) to the treasury; of the net, the delegators' share
    /// (delegated / total stake at this moment) goes to the prover's vault on L1 by an <c>AddRewards</c> message, the
    /// rest to the prover here.
    /// </summary>
    private void Fulfil(JobRecord job, ICollection<LogEntry> logs)
    {
        var net = Shares.OfBps(job.ProverPay, Bps.Whole - environment.Parameters.MarketFeeBps);
        var fee = job.ProverPay - net;
        var delegators = state.GetProver(job.Prover) is { } prover
            ? Shares.Proportion(net, prover.DelegatedStake.Wei, prover.Stake.Wei)
            : Amount.Zero;
        var proverPaid = net - delegators;
        state.Credit(job.Prover, proverPaid);
        state.Credit(environment.Treasury, fee);
        if (delegators > Amount.Zero)
        {
            outbox.Send(MessageKind.AddRewards, job.Prover, delegators, ReadOnlyMemory<byte>.Empty);
        }

        locks.Release(job.Prover, job.LockedStake);
        ledger.SettleJob(job with { Status = JobStatus.Fulfilled });
        logs.Add(MarketEvents.JobFulfilled(job.Id, job.Prover, proverPaid, fee, delegators));
    }

    private void Fail(JobRecord job, bool slash, ICollection<LogEntry> logs)
    {
        var refund = job.Escrow;
        var slashed = slash ? Shares.OfBps(job.LockedStake, environment.Parameters.SlashBps) : Amount.Zero;
        state.Credit(job.Requester, refund);
        locks.Slash(job.Prover, job.LockedStake, slashed);
        if (slashed > Amount.Zero)
        {
            outbox.Send(MessageKind.Slash, job.Prover, slashed, new AbiWriter().WriteUInt(job.Id).ToArray());
        }

        ledger.SettleJob(job with { Status = JobStatus.Failed });
        logs.Add(MarketEvents.BidRefunded(job.BidId, job.Requester, refund, RefundReason.JobFailed));
        logs.Add(MarketEvents.JobFailed(job.Id, job.Prover, refund, slashed));
    }
}
