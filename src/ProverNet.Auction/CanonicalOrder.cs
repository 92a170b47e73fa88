using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace ProverNet.Auction;

/// <summary>
/// Puts a book in (seq, id) order, the only order the rule may depend on, and rejects duplicate ids. The chain keeps
/// its books in that order already, so the usual cost is one linear check and the input array is used as it is; any
/// other order costs a sort of packed (seq, id) keys and one gathering copy, after which every pass reads memory in order.
/// </summary>
internal static class CanonicalOrder
{
    /// <summary>The orders in (seq, id) order: the input's own array when already so (never written to), else a sorted copy.</summary>
    public static TOrder[] Sort<TOrder>(ImmutableArray<TOrder> book, OrderSide side)
        where TOrder : struct, IOrder
    {
        var orders = ImmutableCollectionsMarshal.AsArray(book) ?? [];
        bool sorted = true, idsRise = true;
        for (var i = 1; i < orders.Length; i++)
        {
            sorted &= Key(orders[i - 1]) < Key(orders[i]);
            idsRise &= orders[i - 1].Id < orders[i].Id;
        }

        if (!sorted)
        {
            var keys = new UInt128[orders.Length];
            var positions = new int[orders.Length];
            for (var i = 0; i < orders.Length; i++)
            {
                keys[i] = Key(orders[i]);
                positions[i] = i;
            }

            Array.Sort(keys, positions);
            var copy = new TOrder[orders.Length];
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = orders[positions[i]];
            }

            orders = copy;

            // The sorted keys end in the ids: check that they rise without reading the orders again.
            idsRise = true;
            for (var i = 1; i < keys.Length && idsRise; i++)
            {
                idsRise = (ulong)keys[i - 1] < (ulong)keys[i];
            }
        }

        // Ids that rise with seq (as the chain assigns them) are unique without a second sort.
        if (!idsRise)
        {
            EnsureUniqueIds(orders, side);
        }

        return orders;
    }

    private static UInt128 Key<TOrder>(in TOrder order)
        where TOrder : struct, IOrder => ((UInt128)order.Seq << 64) | order.Id;

    private static void EnsureUniqueIds<TOrder>(TOrder[] orders, OrderSide side)
        where TOrder : struct, IOrder
    {
        var ids = new ulong[orders.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = orders[i].Id;
        }

        Array.Sort(ids);
        for (var i = 1; i < ids.Length; i++)
        {
            if (ids[i - 1] == ids[i])
            {
                var error = side == OrderSide.Bid ? AuctionInputError.DuplicateBidId : AuctionInputError.DuplicateOfferId;
                throw new AuctionInputException(error, side, ids[i], "the id is used twice");
            }
        }
    }
}
