namespace ProverNet.Auction;

/// <summary>
/// One side's orders that take part, grouped (bids by market, offers by stage book) and in (seq, id) order within each
/// group, stored as columns. Filled in one sequential pass over the input, so that clearing a market reads contiguous
/// memory instead of jumping through the whole input array for every field.
/// </summary>
internal sealed class OrderColumns
{
    private OrderColumns(int groupCount, int count)
    {
        Start = new int[groupCount + 1];
        End = new int[groupCount];
        Index = new int[count];
        Price = new UInt128[count];
        Units = new uint[count];
        Id = new ulong[count];
        AccountTag = new int[count];
    }

    /// <summary>Group g's orders are at positions <c>Start[g] .. End[g] - 1</c>.</summary>
    public int[] Start { get; }

    /// <summary>End (exclusive) of each group.</summary>
    public int[] End { get; }

    /// <summary>The order's index in its (seq, id)-ordered book.</summary>
    public int[] Index { get; }

    /// <summary>Bid or ask per unit.</summary>
    public UInt128[] Price { get; }

    /// <summary>Job size (1 for offers).</summary>
    public uint[] Units { get; }

    /// <summary>Order id.</summary>
    public ulong[] Id { get; }

    /// <summary>A hash of the order's account, to find an account's orders without reading the input.</summary>
    public int[] AccountTag { get; }

    /// <summary>Number of orders in group <paramref name="group"/>.</summary>
    public int Count(int group) => End[group] - Start[group];

    /// <summary>Groups the orders (in (seq, id) order) in state <see cref="OrderState.TakingPart"/>, keeping that order.</summary>
    public static OrderColumns Group<TOrder>(ReadOnlySpan<TOrder> orders, OrderState[] states, int[] groupOf, int groupCount)
        where TOrder : struct, IOrder
    {
        var sizes = new int[groupCount];
        var count = 0;
        for (var index = 0; index < orders.Length; index++)
        {
            if (states[index] == OrderState.TakingPart)
            {
                sizes[groupOf[index]]++;
                count++;
            }
        }

        var columns = new OrderColumns(groupCount, count);
        for (var g = 0; g < groupCount; g++)
        {
            columns.Start[g + 1] = columns.Start[g] + sizes[g];
            columns.End[g] = columns.Start[g];
        }

        for (var index = 0; index < orders.Length; index++)
        {
            if (states[index] == OrderState.TakingPart)
            {
                ref readonly var order = ref orders[index];
                var position = columns.End[groupOf[index]]++;
                columns.Index[position] = index;
                columns.Price[position] = order.Price;
                columns.Units[position] = order.Units;
                columns.Id[position] = order.Id;
                columns.AccountTag[position] = order.Account.GetHashCode();
            }
        }

        return columns;
    }

    /// <summary>Drops the orders of <paramref name="group"/> that no longer take part, keeping the others in order.</summary>
    public void Compact(int group, OrderState[] states)
    {
        var kept = Start[group];
        for (var position = Start[group]; position < End[group]; position++)
        {
            if (states[Index[position]] == OrderState.TakingPart)
            {
                Index[kept] = Index[position];
                Price[kept] = Price[position];
                Units[kept] = Units[position];
                Id[kept] = Id[position];
                kept++;
            }
        }

        End[group] = kept;
    }
}
