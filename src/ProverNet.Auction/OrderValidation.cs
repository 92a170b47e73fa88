using System.Diagnostics.CodeAnalysis;

namespace ProverNet.Auction;

/// <summary>
/// Checks every order (given in (seq, id) order, so the first error reported does not depend on the input order)
/// against docs/clearing-rule.md §2 and the class table, finds each order's market or stage book, and drops expired orders (§3.1), all in
/// one pass over the input. The loops run for every order of every block, so the error paths live out of line.
/// </summary>
internal static class OrderValidation
{
    public static void ValidateBids(ReadOnlySpan<Bid> bids, MarketDirectory directory, ulong blockTime, int[] bidMarket, OrderState[] states)
    {
        // Every payment is bounded by some bid's escrow, so if the escrow sums fit in 128 bits every sum the round
        // takes does too. On chain it always fits: escrow comes from balances, and BREV's supply is below 2^128 wei.
        UInt128 escrow = 0;
        var minUnits = directory.MinUnits;
        var maxUnits = directory.MaxUnits;
        for (var index = 0; index < bids.Length; index++)
        {
            ref readonly var bid = ref bids[index];
            CheckPrice(bid.MaxPricePerUnit, OrderSide.Bid, bid.Id);
            var market = directory.MarketOfBid(bid.Market);
            if (market < 0)
            {
                ThrowNoMarket(directory, bid);
            }

            if (bid.Units < minUnits[market] || bid.Units > maxUnits[market])
            {
                ThrowUnits(directory, bid, market);
            }

            var bidEscrow = bid.MaxPricePerUnit * bid.Units;
            if (UInt128.MaxValue - escrow < bidEscrow)
            {
                Throw(AuctionInputError.EscrowOverflow, OrderSide.Bid, bid.Id, "the bids' escrow exceeds 2^128-1 wei");
            }

            escrow += bidEscrow;
            bidMarket[index] = market;
            states[index] = bid.Expiry < blockTime ? OrderState.Expired : OrderState.TakingPart;
        }
    }

    public static void ValidateOffers(ReadOnlySpan<Offer> offers, MarketDirectory directory, ulong blockTime, int[] offerStage, OrderState[] states)
    {
        for (var index = 0; index < offers.Length; index++)
        {
            ref readonly var offer = ref offers[index];
            CheckPrice(offer.AskPerUnit, OrderSide.Offer, offer.Id);
            var stage = directory.StageOfClass(offer.ClassId);
            if (stage < 0)
            {
                Throw(AuctionInputError.UnknownClass, OrderSide.Offer, offer.Id, $"unknown class {offer.ClassId}");
            }

            offerStage[index] = stage;
            states[index] = offer.Expiry < blockTime ? OrderState.Expired : OrderState.TakingPart;
        }
    }

    private static void CheckPrice(UInt128 price, OrderSide side, ulong id)
    {
        if (price - 1 >= OrderBounds.MaxPricePerUnit)
        {
            Throw(AuctionInputError.PriceOutOfBounds, side, id, "price per unit must be 1..2^96-1 wei");
        }
    }

    [DoesNotReturn]
    private static void ThrowNoMarket(MarketDirectory directory, in Bid bid)
    {
        var error = bid.Market.Kind == MarketKind.Pipeline ? AuctionInputError.UnknownPipeline
            : directory.StageOfClass(bid.Market.Id) < 0 ? AuctionInputError.UnknownClass
            : AuctionInputError.StageClassNotBiddable;
        Throw(error, OrderSide.Bid, bid.Id, $"no biddable market {bid.Market.Kind} {bid.Market.Id}");
    }

    [DoesNotReturn]
    private static void ThrowUnits(MarketDirectory directory, in Bid bid, int market) =>
        Throw(AuctionInputError.UnitsOutOfBounds, OrderSide.Bid, bid.Id, $"units must be {directory.MinUnits[market]}..{directory.MaxUnits[market]} in {bid.Market.Kind} {bid.Market.Id}");

    [DoesNotReturn]
    private static void Throw(AuctionInputError error, OrderSide side, ulong id, string message) =>
        throw new AuctionInputException(error, side, id, message);
}
