using ProverNet.Auction;
using ProverNet.Core;
using ProverNet.Core.Records;

namespace ProverNet.Chain.Market;

/// <summary>A bid as the Market keeps it in the state (<c>IProverMarket.Bid</c>).</summary>
/// <param name="Id">Bid id, from 1.</param>
/// <param name="Requester">Who placed it.</param>
/// <param name="Market">Its class, or its pipeline for a composite bid.</param>
/// <param name="Units">Job size in proving units.</param>
/// <param name="MaxPricePerUnit">Highest price per unit, wei.</param>
/// <param name="Deadline">Latest L1 timestamp of the (last stage's) proof, defaults resolved.</param>
/// <param name="Expiry">Latest block time at which it may be matched, defaults resolved.</param>
/// <param name="Seq">Chain-wide order counter at submission.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="VkHash">Verifying key of the (last stage's) proof.</param>
/// <param name="PublicInputsHash">Public inputs hash of the (last stage's) proof.</param>
/// <param name="Escrow">What the bid itself still holds: <c>MaxPricePerUnit × Units</c> while open, 0 once it left the book.</param>
/// <param name="InputUri">Where provers fetch the inputs.</param>
public readonly record struct BidRecord(
    ulong Id,
    Address Requester,
    MarketRef Market,
    uint Units,
    UInt128 MaxPricePerUnit,
    ulong Deadline,
    ulong Expiry,
    ulong Seq,
    BidStatus Status,
    Hash256 VkHash,
    Hash256 PublicInputsHash,
    Amount Escrow,
    string InputUri)
{
    /// <summary>The canonical encoding: the fields in order, big-endian, the URI length-prefixed.</summary>
    public byte[] Encode() => new FieldWriter()
        .U64(Id).Account(Requester).U8((byte)Market.Kind).U32(Market.Id).U32(Units).U128(MaxPricePerUnit)
        .U64(Deadline).U64(Expiry).U64(Seq).U8((byte)Status).Hash(VkHash).Hash(PublicInputsHash).U128(Escrow.Wei)
        .Text(InputUri)
        .ToArray();

    /// <summary>Reads <see cref="Encode"/>'s output.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a bid: the store is corrupt.</exception>
    public static BidRecord Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new FieldReader(bytes, "bid");
        var bid = new BidRecord(
            reader.U64(),
            reader.Account(),
            new MarketRef(reader.Status<MarketKind>(), reader.U32()),
            reader.U32(),
            reader.U128(),
            reader.U64(),
            reader.U64(),
            reader.U64(),
            reader.Status<BidStatus>(),
            reader.Hash(),
            reader.Hash(),
            new Amount(reader.U128()),
            reader.Text());
        reader.End();
        return bid;
    }
}
