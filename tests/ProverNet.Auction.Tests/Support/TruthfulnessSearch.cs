using ProverNet.Core;

namespace ProverNet.Auction.Tests.Support;

/// <summary>
/// Exhaustive deviation search for one round: every account tries every price on a grid for each of its orders, and
/// jointly for its first two orders on every third grid price; utility is measured with the orders' true prices
/// (docs/clearing-rule.md §6: (value - buyerPrice) * units for a requester, pay - cost * units for a prover).
/// </summary>
internal sealed class TruthfulnessSearch(RoundInput truth, int gridMax)
{
    public int Deviations { get; private set; }

    public List<string> Violations { get; } = [];

    public void Run()
    {
        var accounts = truth.Bids.Select(bid => bid.Requester).Concat(truth.Offers.Select(offer => offer.Prover)).Distinct().Order();
        foreach (var account in accounts)
        {
            var truthful = Utility(TodaAuction.Clear(truth), account);
            var bidSlots = Enumerable.Range(0, truth.Bids.Length).Where(i => truth.Bids[i].Requester == account);
            var offerSlots = Enumerable.Range(0, truth.Offers.Length).Where(i => truth.Offers[i].Prover == account);
            var slots = bidSlots.Select(i => (OrderSide.Bid, i)).Concat(offerSlots.Select(i => (OrderSide.Offer, i))).ToArray();
            foreach (var slot in slots)
            {
                for (var price = 1; price <= gridMax; price++)
                {
                    Try(account, truthful, (slot, price));
                }
            }

            if (slots.Length >= 2)
            {
                for (var first = 1; first <= gridMax; first += 3)
                {
                    for (var second = 1; second <= gridMax; second += 3)
                    {
                        Try(account, truthful, (slots[0], first), (slots[1], second));
                    }
                }
            }
        }
    }

    private void Try(Address account, Int128 truthful, params ((OrderSide Side, int Index) Slot, int Price)[] reports)
    {
        var bids = truth.Bids.ToBuilder();
        var offers = truth.Offers.ToBuilder();
        foreach (var ((side, index), price) in reports)
        {
            if (side == OrderSide.Bid)
            {
                bids[index] = bids[index] with { MaxPricePerUnit = (UInt128)price };
            }
            else
            {
                offers[index] = offers[index] with { AskPerUnit = (UInt128)price };
            }
        }

        Deviations++;
        var deviated = Utility(TodaAuction.Clear(truth with { Bids = bids.ToImmutable(), Offers = offers.ToImmutable() }), account);
        if (deviated > truthful)
        {
            Violations.Add($"account {account} gains {deviated - truthful} by reporting {string.Join(", ", reports)} in {Describe(truth)}");
        }
    }

    /// <summary>The instance in one line, so that a violation can be replayed by hand.</summary>
    private static string Describe(RoundInput input) =>
        $"m={input.Settings.ThickMarketMinOrders} R=[{string.Join(",", input.Classes.Select(c => c.ReferencePrice))}] "
        + $"bids=[{string.Join(" ", input.Bids.Select(b => $"{b.Id}:{b.MaxPricePerUnit}x{b.Units}@{b.Requester}"))}] "
        + $"offers=[{string.Join(" ", input.Offers.Select(o => $"{o.Id}:class{o.ClassId}:{o.AskPerUnit}@{o.Prover}"))}]";

    private Int128 Utility(RoundOutcome outcome, Address account)
    {
        Int128 utility = 0;
        foreach (var match in outcome.Matches)
        {
            var bid = truth.Bids.First(candidate => candidate.Id == match.BidId);
            if (bid.Requester == account)
            {
                utility += ((Int128)bid.MaxPricePerUnit - (Int128)match.BuyerPricePerUnit) * match.Units;
            }

            foreach (var prover in match.Provers)
            {
                var offer = truth.Offers.First(candidate => candidate.Id == prover.OfferId);
                if (offer.Prover == account)
                {
                    utility += (Int128)prover.Pay - ((Int128)offer.AskPerUnit * match.Units);
                }
            }
        }

        return utility;
    }
}
