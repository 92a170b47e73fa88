namespace ProverNet.Auction;

/// <summary>Which book an order is in.</summary>
public enum OrderSide : byte
{
    /// <summary>A requester's bid.</summary>
    Bid = 0,

    /// <summary>A prover's offer.</summary>
    Offer = 1,
}
