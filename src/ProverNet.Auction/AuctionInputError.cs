namespace ProverNet.Auction;

/// <summary>Why a round's input was rejected.</summary>
public enum AuctionInputError
{
    /// <summary>A price per unit outside 1..2^96-1 (docs/clearing-rule.md §2).</summary>
    PriceOutOfBounds,

    /// <summary>Zero units, or units outside the class's size tier.</summary>
    UnitsOutOfBounds,

    /// <summary>An order names a class that is not in the class table.</summary>
    UnknownClass,

    /// <summary>A composite bid names a pipeline that is not registered.</summary>
    UnknownPipeline,

    /// <summary>A plain bid names a class that is a pipeline stage (stage classes serve composite bids only).</summary>
    StageClassNotBiddable,

    /// <summary>Two bids share an id.</summary>
    DuplicateBidId,

    /// <summary>Two offers share an id.</summary>
    DuplicateOfferId,

    /// <summary>The bids' escrow (sum of price times units) exceeds 2^128 - 1 wei, more than BREV's supply.</summary>
    EscrowOverflow,

    /// <summary>Two classes share an id.</summary>
    DuplicateClass,

    /// <summary>A class's reference price is outside 1..2^96-1.</summary>
    ReferencePriceOutOfBounds,

    /// <summary>Two pipelines share an id, a pipeline has no stage, or a class is a stage twice.</summary>
    InvalidPipeline,
}
