using System.Numerics;

namespace ProverNet.Auction;

/// <summary>
/// One order per account per market per round (docs/clearing-rule.md §3.2): in each market (a class, or a pipeline with all its
/// stages) an account takes part with its open order of lowest seq, across bids and offers alike; its other orders
/// wait, unchanged. Ties on seq between a bid and an offer go to the bid.
/// </summary>
/// <remarks>
/// Per market, an open-addressing table maps accounts to the order holding their place. It is keyed by the account
/// tag (a hash) and confirms a hit on the full address; it is sized for the largest market so it stays in cache, and
/// emptied between markets by a generation stamp. It is only looked up, never iterated, so the per-process hash seed
/// cannot change any result.
/// </remarks>
internal sealed class AccountRule
{
    private readonly Bid[] bids;
    private readonly Offer[] offers;
    private readonly MarketDirectory directory;
    private readonly OrderBooks books;
    private readonly int[] stamps;
    private readonly int[] tags;
    private readonly int[] holders;
    private readonly int mask;
    private int generation;

    public AccountRule(MarketDirectory directory, OrderBooks books)
    {
        bids = books.Bids;
        offers = books.Offers;
        this.directory = directory;
        this.books = books;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, LargestMarket() * 2));
        stamps = new int[capacity];
        tags = new int[capacity];
        holders = new int[capacity];
        mask = capacity - 1;
    }

    /// <summary>Marks the waiting orders open and drops them from the books.</summary>
    public void Apply()
    {
        for (var market = 0; market < directory.Markets.Length; market++)
        {
            generation++;
            Claim(books.BidColumns, market, isOffer: false);
            for (var stage = directory.FirstStage[market]; stage < directory.FirstStage[market + 1]; stage++)
            {
                Claim(books.OfferColumns, stage, isOffer: true);
            }

            // Only now, with every claim of the market made: a later stage's offer may still displace an earlier one.
            books.BidColumns.Compact(market, books.BidStates);
            for (var stage = directory.FirstStage[market]; stage < directory.FirstStage[market + 1]; stage++)
            {
                books.OfferColumns.Compact(stage, books.OfferStates);
            }
        }
    }

    private int LargestMarket()
    {
        var largest = 0;
        for (var market = 0; market < directory.Markets.Length; market++)
        {
            var orders = books.BidColumns.Count(market);
            for (var stage = directory.FirstStage[market]; stage < directory.FirstStage[market + 1]; stage++)
            {
                orders += books.OfferColumns.Count(stage);
            }

            largest = Math.Max(largest, orders);
        }

        return largest;
    }

    /// <summary>Claims the account places for a group; orders are encoded as a bid index or the complement of an offer index.</summary>
    private void Claim(OrderColumns columns, int group, bool isOffer)
    {
        for (var position = columns.Start[group]; position < columns.End[group]; position++)
        {
            var order = isOffer ? ~columns.Index[position] : columns.Index[position];
            var tag = columns.AccountTag[position];
            var slot = tag & mask;
            while (stamps[slot] == generation && (tags[slot] != tag || !SameAccount(holders[slot], order)))
            {
                slot = (slot + 1) & mask;
            }

            if (stamps[slot] != generation)
            {
                (stamps[slot], tags[slot], holders[slot]) = (generation, tag, order);
                continue;
            }

            var waiting = order;
            if (Precedes(order, holders[slot]))
            {
                (waiting, holders[slot]) = (holders[slot], order);
            }

            if (waiting >= 0)
            {
                books.BidStates[waiting] = OrderState.Open;
            }
            else
            {
                books.OfferStates[~waiting] = OrderState.Open;
            }
        }
    }

    private bool SameAccount(int order, int other) => AccountOf(order) == AccountOf(other);

    private ProverNet.Core.Address AccountOf(int order) => order >= 0 ? bids[order].Requester : offers[~order].Prover;

    private bool Precedes(int order, int other)
    {
        var (seq, isOffer, id) = Rank(order);
        var (otherSeq, otherIsOffer, otherId) = Rank(other);
        return seq != otherSeq ? seq < otherSeq : isOffer != otherIsOffer ? !isOffer : id < otherId;
    }

    private (ulong Seq, bool IsOffer, ulong Id) Rank(int order) =>
        order >= 0 ? (bids[order].Seq, false, bids[order].Id) : (offers[~order].Seq, true, offers[~order].Id);
}
