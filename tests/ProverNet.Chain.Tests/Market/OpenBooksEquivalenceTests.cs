using ProverNet.Auction;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Chain.Market;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Chain.Tests.Market.Support;
using ProverNet.Core;
using Xunit.Abstractions;
using static ProverNet.Chain.Tests.Market.Support.MarketFixture;

namespace ProverNet.Chain.Tests.Market;

/// <summary>
/// The round over the books in memory against the reference full scan (<see cref="FullScanClearing"/>), on two states
/// given the same random blocks: submits and cancels (from accounts holding several bids and offers, some of them both),
/// reverted operations, expiries, matches, stake and status changes, governance changes of classes, tiers and
/// pipelines, failed blocks and restarts. Every round must give the same outcome bytes, the same logs and the same
/// state root, and the books kept in step must equal books rebuilt from the committed state.
/// </summary>
public class OpenBooksEquivalenceTests(ITestOutputHelper output)
{
    private const int Blocks = 250;
    private static readonly Hash256 OfferClosedTopic = EventTopics.Signature(MarketEventNames.OfferClosed);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Clear_RandomBlocks_SameOutcomesLogsAndRootsAsFullScan(int seed)
    {
        var random = new Random(seed);
        const uint thickMinOrders = 2;
        var indexed = new MarketFixture(plainReferencePrice: 40, thickMinOrders: thickMinOrders);
        var reference = new MarketFixture(plainReferencePrice: 40, thickMinOrders: thickMinOrders);
        var baseline = indexed.Parameters;
        var accounts = Setup(indexed);
        Setup(reference);
        var (rounds, thin, thick, matches, expired, dropped, failedBlocks, restarts) = (0, 0, 0, 0, 0, 0, 0, 0);
        for (var block = 0; block < Blocks; block++)
        {
            var time = (ulong)random.Next(1, 15);
            var governance = random.Next(4) != 0 ? null : random.Next(3) == 0 ? Governance(baseline, random.Next(1, 5)) : baseline;
            foreach (var market in new[] { indexed, reference })
            {
                market.BlockNumber++;
                market.BlockTime += time;
                market.Parameters = governance ?? market.Parameters;
            }

            var operations = random.Next(2, 16);
            for (var op = 0; op < operations; op++)
            {
                var operation = RandomOperation(random, reference, accounts);
                Assert.Equal(Apply(reference, operation), Apply(indexed, operation));
            }

            var (logsBefore, referenceLogsBefore) = (indexed.Logs.Count, reference.Logs.Count);
            var outcome = indexed.Module.Clear(indexed.Logs);
            var expected = new FullScanClearing(reference.State, Environment(reference)).Clear(reference.Logs);
            Assert.Equal(expected?.Encode(), outcome?.Encode());
            Assert.Equal(reference.Logs.Skip(referenceLogsBefore), indexed.Logs.Skip(logsBefore));
            (rounds, matches, expired) = (rounds + (outcome is null ? 0 : 1), matches + (outcome?.Matches.Length ?? 0), expired + (outcome?.Expired.Bids.Length ?? 0) + (outcome?.Expired.Offers.Length ?? 0));
            thin += outcome?.Markets.Count(summary => summary.Regime == Regime.Thin && summary.Winners > 0) ?? 0;
            thick += outcome?.Markets.Count(summary => summary.Regime == Regime.Thick && summary.Crossing > 0) ?? 0;
            dropped += indexed.Logs.Skip(logsBefore).Count(log => log.Topics[0] == OfferClosedTopic && log.Data[^1] == (byte)OfferCloseReason.Ineligible);

            if (random.Next(10) == 0)
            {
                // A failed block: everything since the last commit is thrown away.
                indexed.State.Discard();
                reference.State.Discard();
                failedBlocks++;
                continue;
            }

            Assert.Equal(reference.Commit(), indexed.Commit());
            var catalog = new MarketCatalog(indexed.Parameters);
            var pipelines = catalog.Pipelines.Where(pipeline => catalog.StagesOf(MarketRef.Pipeline(pipeline.Id)) is not null).ToArray();
            Assert.Equal(
                BooksDescription.Describe(OpenBooks.Of(new WorldState(indexed.Store), pipelines), catalog),
                BooksDescription.Describe(OpenBooks.Of(indexed.State, pipelines), catalog));
            if (random.Next(10) == 0)
            {
                indexed.Reopen();
                restarts++;
            }
        }

        output.WriteLine($"seed {seed}: {rounds} rounds, {thin} thin and {thick} thick markets trading or crossing, {matches} matches, {expired} expired, {dropped} offers dropped as ineligible, {failedBlocks} failed blocks, {restarts} restarts");
        Assert.True(rounds > Blocks / 2 && thin > 3 && thick > 3 && matches > 30 && expired > 10 && dropped > 3 && failedBlocks > 3 && restarts > 3, $"{rounds} rounds, {thick} thick, {matches} matches, {expired} expired, {dropped} dropped");
    }

    private static MarketEnvironment Environment(MarketFixture market) => new(market.BlockNumber, market.BlockTime, market.Parameters, Treasury, market.BlockTime);

    /// <summary>Requesters 1–4, provers 1–4, and provers 1–2 also funded to bid, so their bids and offers compete for one place.</summary>
    private static Address[] Setup(MarketFixture market)
    {
        var requesters = Enumerable.Range(1, 4).Select(market.Requester);
        var provers = Enumerable.Range(1, 4).Select(n => market.Prover(n, stake: 3_000)).ToArray();
        market.State.Credit(provers[0], StartBalance);
        market.State.Credit(provers[1], StartBalance);
        market.Commit();
        return [.. requesters, .. provers];
    }

    /// <summary>Governed class tables: the fixture's, Plain removed, Plain's tier narrowed, a pipeline stage removed, the pipeline removed.</summary>
    private static ProtocolParameters Governance(ProtocolParameters baseline, int variant)
    {
        var classes = baseline.Classes.ToList();
        return variant switch
        {
            1 => baseline with { Classes = [.. classes.Where(marketClass => marketClass.Id != Plain)] },
            2 => baseline with { Classes = [.. classes.Select(marketClass => marketClass.Id == Plain ? marketClass with { MinUnits = 2, MaxUnits = 3 } : marketClass)] },
            3 => baseline with { Classes = [.. classes.Where(marketClass => marketClass.Id != StageB)] },
            4 => baseline with { Pipelines = [] },
            _ => baseline,
        };
    }

    private static Action<MarketFixture> RandomOperation(Random random, MarketFixture reference, Address[] accounts)
    {
        var account = accounts[random.Next(accounts.Length)];
        var prover = accounts[4 + random.Next(4)];
        var price = (ulong)random.Next(1, 100);
        var ask = (ulong)random.Next(1, 70);
        var units = (uint)random.Next(1, 6);
        var expiry = random.Next(3) == 0 ? reference.BlockTime + (ulong)random.Next(0, 40) : 0;
        switch (random.Next(20))
        {
            case < 7:
                var composite = random.Next(4) == 0;
                return market => market.Module.SubmitBid(account, BidCall(price, units, composite ? PipelineId : Plain, composite, expiry: expiry), market.Logs);
            case < 14:
                uint[] classes = [Plain, Plain, StageA, StageB];
                var classId = classes[random.Next(4)];
                return market => market.Module.SubmitOffer(prover, new SubmitOfferCall(classId, ask, expiry), market.Logs);
            case < 17:
                var side = random.Next(2) == 0 ? OrderSide.Bid : OrderSide.Offer;
                var open = reference.Ledger.OpenIds(side);
                if (open.Count == 0)
                {
                    return _ => { };
                }

                var id = open[random.Next(open.Count)];
                var owner = side == OrderSide.Bid ? reference.BidRecord(id).Requester : reference.OfferRecord(id).Prover;
                return market => market.Module.Cancel(owner, new CancelOrderCall(side, id), market.Logs);
            case 17:
                // L1 moves a prover's stake or standing.
                var stake = (ulong)random.Next(500, 6_000);
                ProverStatus[] statuses = [ProverStatus.Active, ProverStatus.Active, ProverStatus.Active, ProverStatus.Jailed, ProverStatus.Inactive];
                var status = statuses[random.Next(statuses.Length)];
                return market => market.State.SetProver(prover, market.ProverOf(prover) with { Stake = new Amount(stake), Status = status });
            case 18:
                // Several orders, then a revert: the executor restores its checkpoint.
                return market =>
                {
                    market.Module.SubmitBid(account, BidCall(price, units), market.Logs);
                    market.Module.SubmitOffer(prover, new SubmitOfferCall(Plain, price, 0), market.Logs);
                    throw new ExecutionRevertedException("reverted after writing");
                };
            default:
                return market => market.Module.SubmitBid(account, BidCall(price, units: 5_000), market.Logs);
        }
    }

    /// <summary>Applies <paramref name="operation"/> as the executor does (a revert restores the checkpoint); returns whether it reverted.</summary>
    private static bool Apply(MarketFixture market, Action<MarketFixture> operation)
    {
        var checkpoint = market.State.Checkpoint();
        var logs = market.Logs.Count;
        try
        {
            operation(market);
            return false;
        }
        catch (ExecutionRevertedException)
        {
            market.State.Restore(checkpoint);
            market.Logs.RemoveRange(logs, market.Logs.Count - logs);
            return true;
        }
    }
}
