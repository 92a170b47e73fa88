namespace ProverNet.Auction;

/// <summary>What a round needs of a market class: its id, its current reference price and its size tier.</summary>
/// <param name="Id">Class id.</param>
/// <param name="ReferencePrice">Posted price <c>R</c> per unit, 1..2^96-1, set by earlier rounds (docs/clearing-rule.md §4).</param>
/// <param name="MinUnits">Smallest bid size accepted in the class.</param>
/// <param name="MaxUnits">Largest bid size accepted in the class.</param>
public readonly record struct AuctionClass(uint Id, UInt128 ReferencePrice, uint MinUnits = 1, uint MaxUnits = uint.MaxValue)
{
    /// <summary>The round view of a registered class with its current reference price.</summary>
    public static AuctionClass From(MarketClass marketClass, UInt128 referencePrice)
    {
        ArgumentNullException.ThrowIfNull(marketClass);
        return new AuctionClass(marketClass.Id, referencePrice, marketClass.MinUnits, marketClass.MaxUnits);
    }
}
