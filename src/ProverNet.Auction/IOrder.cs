using ProverNet.Core;

namespace ProverNet.Auction;

/// <summary>What bids and offers share for admission: (seq, id) is their canonical order.</summary>
internal interface IOrder
{
    /// <summary>Unique within its book.</summary>
    ulong Id { get; }

    /// <summary>Chain-wide submission counter.</summary>
    ulong Seq { get; }

    /// <summary>Last block time at which the order may be matched.</summary>
    ulong Expiry { get; }

    /// <summary>The requester or prover.</summary>
    Address Account { get; }

    /// <summary>Price per unit: the bid's maximum or the offer's ask.</summary>
    UInt128 Price { get; }

    /// <summary>Job size for a bid; 1 for an offer (one slot).</summary>
    uint Units { get; }
}
