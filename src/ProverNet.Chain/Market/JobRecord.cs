using ProverNet.Core;
using ProverNet.Core.Records;

namespace ProverNet.Chain.Market;

/// <summary>
/// A job as the Market keeps it in the state (<c>IProverMarket.Job</c>): one per matched plain bid, one per stage of a
/// matched composite bid, the stages of one bid under consecutive ids (stage s has id <c>Id - Stage + s</c>).
/// </summary>
/// <param name="Id">Job id, from 1.</param>
/// <param name="BidId">The bid it serves.</param>
/// <param name="OfferId">The winning offer.</param>
/// <param name="Requester">Who pays.</param>
/// <param name="Prover">Who proves.</param>
/// <param name="ClassId">The (stage's) class.</param>
/// <param name="Stage">Stage index, 0 for a plain job.</param>
/// <param name="StageCount">Stages of the bid's market, 1 for a plain job.</param>
/// <param name="Units">Job size in proving units.</param>
/// <param name="BuyerPricePerUnit">What the requester pays per unit for the whole bid.</param>
/// <param name="SellerPricePerUnit">The stage's seller threshold, which bounds the prover's pay per unit.</param>
/// <param name="Deadline">Latest L1 timestamp of the proof (the bid's deadline).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="VkHash">Verifying key the proof must use; zero for an intermediate pipeline stage (any key).</param>
/// <param name="PublicInputsHash">Public inputs hash the proof must carry; zero for an intermediate pipeline stage.</param>
/// <param name="ProverPay">Gross pay <c>P_r</c>, held in escrow while the job is assigned.</param>
/// <param name="LockedStake">The prover stake backing the job (the winning offer's lock).</param>
public readonly record struct JobRecord(
    ulong Id,
    ulong BidId,
    ulong OfferId,
    Address Requester,
    Address Prover,
    uint ClassId,
    uint Stage,
    uint StageCount,
    uint Units,
    UInt128 BuyerPricePerUnit,
    UInt128 SellerPricePerUnit,
    ulong Deadline,
    JobStatus Status,
    Hash256 VkHash,
    Hash256 PublicInputsHash,
    Amount ProverPay,
    Amount LockedStake)
{
    /// <summary>Escrow the job still holds: its pay while assigned, nothing once settled.</summary>
    public Amount Escrow => Status == JobStatus.Assigned ? ProverPay : Amount.Zero;

    /// <summary>Id of the first stage's job of the same bid.</summary>
    public ulong FirstStageJobId => Id - Stage;

    /// <summary>Whether this is the last (or only) stage, whose proof must match the bid's key and inputs.</summary>
    public bool IsLastStage => Stage + 1 == StageCount;

    /// <summary>The canonical encoding: the fields in order, big-endian.</summary>
    public byte[] Encode() => new FieldWriter()
        .U64(Id).U64(BidId).U64(OfferId).Account(Requester).Account(Prover).U32(ClassId).U32(Stage).U32(StageCount).U32(Units)
        .U128(BuyerPricePerUnit).U128(SellerPricePerUnit).U64(Deadline).U8((byte)Status).Hash(VkHash).Hash(PublicInputsHash)
        .U128(ProverPay.Wei).U128(LockedStake.Wei)
        .ToArray();

    /// <summary>Reads <see cref="Encode"/>'s output.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a job: the store is corrupt.</exception>
    public static JobRecord Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new FieldReader(bytes, "job");
        var job = new JobRecord(
            reader.U64(),
            reader.U64(),
            reader.U64(),
            reader.Account(),
            reader.Account(),
            reader.U32(),
            reader.U32(),
            reader.U32(),
            reader.U32(),
            reader.U128(),
            reader.U128(),
            reader.U64(),
            reader.Status<JobStatus>(),
            reader.Hash(),
            reader.Hash(),
            new Amount(reader.U128()),
            new Amount(reader.U128()));
        reader.End();
        return job;
    }
}
