using ProverNet.Auction;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Market;
using ProverNet.Chain.State;
using ProverNet.Chain.Tests.Market.Support;
using ProverNet.Core;
using static ProverNet.Chain.Tests.Market.Support.MarketFixture;

namespace ProverNet.Chain.Tests.Market;

/// <summary>
/// Random sequences of submits, cancels, clears, proofs and overdue jobs over several blocks, each user operation
/// rolled back on revert as the executor does. BREV held on L2 (balances, treasury, open bids' and assigned jobs'
/// escrow) stays constant except for AddRewards, which leaves L2 by message (a slash is of L1 stake: it mints nothing here).
/// </summary>
public class MarketModuleConservationTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void RandomBlocks_BrevConservedAndEveryRoundBudgetBalanced(int seed)
    {
        var market = Run(seed, out var stats);

        UInt128 rewardsSent = 0;
        for (ulong nonce = 0; nonce < market.Outbox.Count; nonce++)
        {
            var message = market.Outbox.Get(nonce)!.Value;
            rewardsSent += message.Kind == MessageKind.AddRewards ? message.Amount.Wei : 0;
        }

        Assert.Equal(Initial - rewardsSent, market.TotalHeld());
        Assert.True(stats.Matches > 20 && stats.Fulfilled > 5 && stats.Failed > 3 && stats.Reverted > 5, stats.ToString());
    }

    [Fact]
    public void RandomBlocks_SameOperations_SameStateRoot()
    {
        Assert.Equal(Run(7, out _).Commit(), Run(7, out _).Commit());
    }

    private static readonly UInt128 Initial = StartBalance.Wei * 6;

    private static MarketFixture Run(int seed, out Stats stats)
    {
        var random = new Random(seed);
        var market = new MarketFixture(plainReferencePrice: 40, thickMinOrders: 3);
        var requesters = Enumerable.Range(1, 6).Select(market.Requester).ToArray();
        var provers = Enumerable.Range(1, 6).Select(n => market.Prover(n, stake: 5_000, selfStake: (ulong)(1_000 * n))).ToArray();
        stats = new Stats();
        for (var block = 0; block < 60; block++)
        {
            market.BlockNumber++;
            market.BlockTime += (ulong)random.Next(1, 25);
            ProveSome(market, random, stats);
            for (var op = 0; op < 8; op++)
            {
                var checkpoint = market.State.Checkpoint();
                try
                {
                    RandomOperation(market, random, requesters, provers);
                }
                catch (ExecutionRevertedException)
                {
                    market.State.Restore(checkpoint);
                    stats.Reverted++;
                }
            }

            var failedBefore = market.Logs.Count;
            market.Module.FailOverdueJobs(market.Logs);
            stats.Failed += market.Logs.Skip(failedBefore).Count(log => log.Topics[0] == Topic(MarketEventNames.JobFailed));
            var outcome = market.Module.Clear(market.Logs)!;
            stats.Matches += outcome.Matches.Length;
            AssertBudgetBalanced(outcome);
        }

        return market;
    }

    private static void RandomOperation(MarketFixture market, Random random, Address[] requesters, Address[] provers)
    {
        var module = market.Module;
        switch (random.Next(6))
        {
            case 0 or 1:
                var composite = random.Next(4) == 0;
                module.SubmitBid(
                    requesters[random.Next(requesters.Length)],
                    BidCall((ulong)random.Next(1, 120), (uint)random.Next(1, 6), composite ? PipelineId : Plain, composite),
                    market.Logs);
                break;
            case 2 or 3:
                uint[] classes = [Plain, Plain, StageA, StageB];
                module.SubmitOffer(provers[random.Next(provers.Length)], new SubmitOfferCall(classes[random.Next(4)], (ulong)random.Next(1, 80), 0), market.Logs);
                break;
            case 4:
                var side = random.Next(2) == 0 ? OrderSide.Bid : OrderSide.Offer;
                var open = market.Ledger.OpenIds(side);
                if (open.Count > 0)
                {
                    var id = open[random.Next(open.Count)];
                    var owner = side == OrderSide.Bid ? market.BidRecord(id).Requester : market.OfferRecord(id).Prover;
                    module.Cancel(random.Next(5) == 0 ? requesters[0] : owner, new CancelOrderCall(side, id), market.Logs);
                }

                break;
            default:
                module.SubmitBid(requesters[random.Next(requesters.Length)], BidCall(10, units: 5_000), market.Logs);
                break;
        }
    }

    private static void ProveSome(MarketFixture market, Random random, Stats stats)
    {
        foreach (var id in market.Ledger.AssignedJobIds())
        {
            var job = market.Job(id);
            if (random.Next(6) == 0
                && market.Module.ApplyProof(new ProofVerification(id, job.Prover, job.VkHash, job.PublicInputsHash, market.BlockTime), market.Logs) == ProofResult.Fulfilled)
            {
                stats.Fulfilled++;
            }
        }
    }

    private static void AssertBudgetBalanced(RoundOutcome outcome)
    {
        UInt128 paid = 0, pay = 0;
        foreach (var match in outcome.Matches)
        {
            paid += match.BuyerPricePerUnit * match.Units;
            pay += match.Provers.Aggregate(UInt128.Zero, (sum, prover) => sum + prover.Pay);
        }

        Assert.Equal(paid, pay + outcome.Treasury);
    }

    private static Hash256 Topic(string signature) => ProverNet.Chain.Receipts.EventTopics.Signature(signature);

    private sealed class Stats
    {
        public int Matches { get; set; }

        public int Fulfilled { get; set; }

        public int Failed { get; set; }

        public int Reverted { get; set; }

        public override string ToString() => $"matches {Matches}, fulfilled {Fulfilled}, failed {Failed}, reverted {Reverted}";
    }
}
