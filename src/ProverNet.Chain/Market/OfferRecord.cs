using ProverNet.Core;
using ProverNet.Core.Records;

namespace ProverNet.Chain.Market;

/// <summary>An offer as the Market keeps it in the state (<c>IProverMarket.Offer</c>).</summary>
/// <param name="Id">Offer id, from 1.</param>
/// <param name="Prover">Who placed it.</param>
/// <param name="ClassId">The class it serves.</param>
/// <param name="AskPerUnit">Gross ask per unit, wei.</param>
/// <param name="Expiry">Latest block time at which it may be matched, default resolved.</param>
/// <param name="Seq">Chain-wide order counter at submission.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="LockedStake">Prover stake locked for the slot; after a match it backs the job.</param>
public readonly record struct OfferRecord(
    ulong Id,
    Address Prover,
    uint ClassId,
    UInt128 AskPerUnit,
    ulong Expiry,
    ulong Seq,
    OfferStatus Status,
    Amount LockedStake)
{
    /// <summary>The canonical encoding: the fields in order, big-endian.</summary>
    public byte[] Encode() => new FieldWriter()
        .U64(Id).Account(Prover).U32(ClassId).U128(AskPerUnit).U64(Expiry).U64(Seq).U8((byte)Status).U128(LockedStake.Wei)
        .ToArray();

    /// <summary>Reads <see cref="Encode"/>'s output.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an offer: the store is corrupt.</exception>
    public static OfferRecord Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new FieldReader(bytes, "offer");
        var offer = new OfferRecord(
            reader.U64(),
            reader.Account(),
            reader.U32(),
            reader.U128(),
            reader.U64(),
            reader.U64(),
            reader.Status<OfferStatus>(),
            new Amount(reader.U128()));
        reader.End();
        return offer;
    }
}
