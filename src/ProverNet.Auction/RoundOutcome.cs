using System.Collections.Immutable;
using ProverNet.Core;

namespace ProverNet.Auction;

/// <summary>
/// The result of one round: immutable, with a canonical byte encoding (<see cref="Encode"/>, documented in the README)
/// and its keccak-256 <see cref="Hash"/>, so a block header can commit to it. Every list is in a canonical order:
/// markets as cleared (classes by id, then pipelines by id), matches by market then pairing rank, reference prices by
/// class id, order ids by (seq, id).
/// </summary>
public sealed class RoundOutcome
{
    private Hash256? hash;

    internal RoundOutcome(
        ulong blockTime,
        ImmutableArray<MarketSummary> markets,
        ImmutableArray<Match> matches,
        ImmutableArray<ReferencePrice> referencePrices,
        UInt128 treasury,
        OrderIdLists expired,
        OrderIdLists open)
    {
        BlockTime = blockTime;
        Markets = markets;
        Matches = matches;
        ReferencePrices = referencePrices;
        Treasury = treasury;
        Expired = expired;
        Open = open;
    }

    /// <summary>Version byte that starts the encoding.</summary>
    public const byte EncodingVersion = 2;

    /// <summary>Time of the block that cleared.</summary>
    public ulong BlockTime { get; }

    /// <summary>One summary per market, classes by id then pipelines by id.</summary>
    public ImmutableArray<MarketSummary> Markets { get; }

    /// <summary>Served bids, by market then by pairing rank (units descending, seq ascending).</summary>
    public ImmutableArray<Match> Matches { get; }

    /// <summary>Every class's reference price for the next round, by class id.</summary>
    public ImmutableArray<ReferencePrice> ReferencePrices { get; }

    /// <summary>This round's clearing surplus: requesters' payments minus provers' pay, over all markets.</summary>
    public UInt128 Treasury { get; }

    /// <summary>Orders dropped because their expiry passed (bids refunded in full, offer stake unlocked).</summary>
    public OrderIdLists Expired { get; }

    /// <summary>
    /// Orders handed to the round that stay open (not served, not expired), in (seq, id) order: every open order for
    /// <see cref="TodaAuction.Clear"/>, only those read for <see cref="TodaAuction.ClearParticipants"/>. Not part of the
    /// encoding: the orders that stay open are everything not matched or expired, and listing them would make every
    /// round cost every open order.
    /// </summary>
    public OrderIdLists Open { get; }

    /// <summary>keccak-256 of <see cref="Encode"/>, computed once.</summary>
    public Hash256 Hash => hash ??= Keccak256.Hash(Encode());

    /// <summary>The canonical encoding (version 2, big-endian, lists prefixed by a 32-bit count).</summary>
    public byte[] Encode() => RoundOutcomeEncoding.Encode(this);
}
