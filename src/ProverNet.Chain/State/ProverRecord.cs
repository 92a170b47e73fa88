using ProverNet.Core;
using ProverNet.Core.Records;

namespace ProverNet.Chain.State;

/// <summary>The L2 mirror of a prover: stake from L1, the part locked by open offers and jobs, and its status.</summary>
/// <param name="Stake">Total stake (self and delegated) as L1 last reported it, less L2 slashes not yet relayed.</param>
/// <param name="LockedStake">Stake locked by open offers and assigned jobs (docs/clearing-rule.md §2: minProverStake × jobStakeBps per slot).</param>
/// <param name="Status">Standing on L1.</param>
/// <param name="SelfStake">The prover's own part of <paramref name="Stake"/>; the rest is delegated, and a fulfilled job's
/// pay is shared with delegators in that proportion.</param>
/// <param name="PendingSlash">
/// What L2 slashed and L1 has not reported slashing yet: a <c>StakeUpdated</c> from L1 meanwhile (a delegation, say)
/// still counts the unslashed vault, so the mirror takes this much off what L1 reports until L1's <c>Slashed</c> arrives.
/// </param>
public readonly record struct ProverRecord(Amount Stake, Amount LockedStake, ProverStatus Status, Amount SelfStake, Amount PendingSlash = default)
{
    private const int StatusOffset = 64;

    /// <summary>Bytes of the canonical encoding: stake, locked stake, self stake, pending slash (16 each), status (1), all big-endian.</summary>
    public const int EncodedLength = StatusOffset + 1;

    /// <summary>Stake not locked, which new offers may lock.</summary>
    public Amount FreeStake => Stake >= LockedStake ? Stake - LockedStake : Amount.Zero;

    /// <summary>The delegated part of the stake.</summary>
    public Amount DelegatedStake => Stake >= SelfStake ? Stake - SelfStake : Amount.Zero;

    /// <summary>The canonical encoding.</summary>
    public byte[] Encode() =>
        new FieldWriter(EncodedLength).U128(Stake.Wei).U128(LockedStake.Wei).U128(SelfStake.Wei).U128(PendingSlash.Wei).U8((byte)Status).ToArray();

    /// <summary>Reads the canonical encoding.</summary>
    /// <exception cref="InvalidDataException">Wrong length or unknown status: the store is corrupt.</exception>
    public static ProverRecord Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != EncodedLength || !Enum.IsDefined((ProverStatus)bytes[StatusOffset]))
        {
            throw new InvalidDataException($"a prover record is {EncodedLength} bytes with a known status, found {bytes.Length} bytes");
        }

        var fields = new FieldReader(bytes, "prover record");
        var stake = new Amount(fields.U128());
        var locked = new Amount(fields.U128());
        var self = new Amount(fields.U128());
        var pendingSlash = new Amount(fields.U128());
        var status = fields.Status<ProverStatus>();
        fields.End();
        return new ProverRecord(stake, locked, status, self, pendingSlash);
    }
}
