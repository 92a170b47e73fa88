namespace ProverNet.Auction;

/// <summary>Bounds on orders (docs/clearing-rule.md §2), chosen so that every price-times-units product fits in 128 bits.</summary>
public static class OrderBounds
{
    /// <summary>Largest price per unit, 2^96 - 1 wei.</summary>
    public static readonly UInt128 MaxPricePerUnit = (UInt128.One << 96) - 1;

    /// <summary>Largest job size in proving units, 2^32 - 1.</summary>
    public const uint MaxUnits = uint.MaxValue;
}
