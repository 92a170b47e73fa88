using CsCheck;
using ProverNet.Auction.Tests.Support;
using Xunit.Abstractions;

namespace ProverNet.Auction.Tests;

/// <summary>
/// The fast path over sorted participant books against the reference <see cref="TodaAuction.Clear"/> over every open
/// order: same matches, summaries, reference prices, treasury and expired orders, so the same encoding and hash.
/// </summary>
public class ClearParticipantsTests(ITestOutputHelper output)
{
    private const int Rounds = 5_000;

    /// <summary>
    /// Rounds with accounts holding several bids and offers at once (in plain classes and across pipeline stages),
    /// expiries on both sides, m from 0 to 10 so both regimes occur, and seq ties in one round out of four.
    /// </summary>
    private static readonly Gen<RoundInput> SharedAccounts =
        from m in Gen.UInt[0, 10]
        from references in Gen.Int[1, 100].Array[5]
        from bids in Gen.Select(Gen.Int[0, 4], Gen.Int[1, 100], Gen.UInt[1, 50], Gen.UInt[0, 25], Gen.ULong[97, 110]).Array[0, 80]
        from offers in Gen.Select(Gen.UInt[0, 4], Gen.Int[1, 100], Gen.UInt[0, 25], Gen.ULong[97, 110]).Array[0, 80]
        from seqTies in Gen.Int[0, 3]
        select WithSeqTies(RandomRounds.Build(m, references, bids, [.. offers.Select(offer => (offer.Item1, offer.Item2, offer.Item3 - 100, offer.Item4))]), seqTies == 0);

    [Fact]
    public void ClearParticipants_RandomRounds_SameOutcomeAsClearOverEveryOrder()
    {
        var (regimes, read, orders) = (new SortedDictionary<(MarketKind, Regime), int>(), 0, 0);
        foreach (var input in SeededSamples.Draw(SharedAccounts, Rounds, seed: 20261207).Concat(SeededSamples.Draw(RandomRounds.Mixed, Rounds, seed: 11)))
        {
            var reference = TodaAuction.Clear(input);
            var oracle = new ParticipantOracle(input);
            var fast = TodaAuction.ClearParticipants(oracle.Leaving, oracle);

            Assert.Equal(reference.Matches.Select(Describe), fast.Matches.Select(Describe));
            Assert.Equal(reference.Markets.Select(Describe), fast.Markets.Select(Describe));
            Assert.Equal(reference.ReferencePrices.ToArray(), fast.ReferencePrices.ToArray());
            Assert.Equal(reference.Treasury, fast.Treasury);
            Assert.Equal(reference.Expired.Bids.ToArray(), fast.Expired.Bids.ToArray());
            Assert.Equal(reference.Expired.Offers.ToArray(), fast.Expired.Offers.ToArray());
            Assert.Equal(reference.Encode(), fast.Encode());
            foreach (var market in reference.Markets.Where(market => market.BidsTakingPart > 0))
            {
                regimes[(market.Market.Kind, market.Regime)] = regimes.GetValueOrDefault((market.Market.Kind, market.Regime)) + 1;
            }

            (read, orders) = (read + oracle.Read, orders + input.Bids.Length + input.Offers.Length);
        }

        output.WriteLine($"{2 * Rounds} rounds; markets by kind and regime: {string.Join(", ", regimes)}; orders read {read} of {orders}");
        Assert.Equal(4, regimes.Count);
        Assert.True(read < orders / 2, $"the fast path read {read} of {orders} orders");
    }

    [Fact]
    public void ClearParticipants_ThinBookOfUnwillingBids_ReadsOnlyTheWillingPrefix()
    {
        var builder = new RoundBuilder(thickMarketMinOrders: 8).Class(0, 50);
        for (var i = 0; i < 1_000; i++)
        {
            builder.Bid(1);
        }

        builder.Bid(60).Offer(40);
        var oracle = new ParticipantOracle(builder.Build());

        var outcome = TodaAuction.ClearParticipants(oracle.Leaving, oracle);

        Assert.Equal(1_001, outcome.Markets[0].BidsTakingPart);
        Assert.Single(outcome.Matches);
        Assert.Equal(3, oracle.Read); // the willing bid and offer, and the first unwilling bid
    }

    [Fact]
    public void ClearParticipants_LeavingOrderNotExpired_Throws()
    {
        var input = new RoundBuilder().Class(0, 50).Bid(60).Build();

        Assert.Throws<ArgumentException>(() => TodaAuction.ClearParticipants(input, new ParticipantOracle(input with { Bids = [] })));
    }

    [Fact]
    public void ClearParticipants_BookOutOfPriceOrder_Throws()
    {
        var input = new RoundBuilder(thickMarketMinOrders: 0).Class(0, 50).Bid(60).Bid(70).Offer(10).Offer(20).Build();

        Assert.Throws<ArgumentException>(() => TodaAuction.ClearParticipants(input with { Bids = [], Offers = [] }, new UnsortedBooks(input)));
    }

    // Matches and summaries hold immutable arrays, which compare by reference: compare what they say.
    private static string Describe(Match match) => $"{match with { Provers = [] }} provers [{string.Join(", ", match.Provers)}]";

    private static string Describe(MarketSummary market) => $"{market with { Stages = [] }} stages [{string.Join(", ", market.Stages)}]";

    private static RoundInput WithSeqTies(RoundInput input, bool ties) => !ties ? input : input with
    {
        Bids = [.. input.Bids.Select(bid => bid with { Seq = bid.Seq / 3 })],
        Offers = [.. input.Offers.Select(offer => offer with { Seq = offer.Seq / 3 })],
    };

    private sealed class UnsortedBooks(RoundInput input) : IParticipantBooks
    {
        public int BidCount(MarketRef market) => input.Bids.Length;

        public int OfferCount(uint classId) => input.Offers.Length;

        public IEnumerable<Bid> BidsByPrice(MarketRef market) => input.Bids;

        public IEnumerable<Offer> OffersByPrice(uint classId) => input.Offers;
    }
}
