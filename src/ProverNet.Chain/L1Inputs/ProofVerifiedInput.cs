using ProverNet.Chain.Blocks;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.L1Inputs;

/// <summary>
/// ProofVerifier <c>ProofVerified(jobId, prover, vkHash, publicInputsHash)</c> with the timestamp of its L1 block:
/// everything the Market needs to settle the job (docs/clearing-rule.md: fulfilled if verified by its deadline).
/// </summary>
/// <param name="Log">The L1 log.</param>
/// <param name="JobId">The job (a uint256 on L1; derivation drops ids from 2^64, which name no L2 job).</param>
/// <param name="Prover">Who submitted the proof.</param>
/// <param name="VkHash">Verifying key hash.</param>
/// <param name="PublicInputsHash">keccak256 of the packed public inputs.</param>
/// <param name="L1Timestamp">Timestamp of the L1 block holding the log, in seconds.</param>
public readonly record struct ProofVerifiedInput(L1LogId Log, ulong JobId, Address Prover, Hash256 VkHash, Hash256 PublicInputsHash, ulong L1Timestamp)
    : IL1Input
{
    /// <inheritdoc/>
    public L1InputKind Kind => L1InputKind.ProofVerified;

    /// <inheritdoc/>
    public SystemTransaction ToSystemTransaction() => L1Payload.Build(
        Kind, Log, RlpItems.OfNumber(JobId), RlpItems.OfAddress(Prover), RlpItems.OfHash(VkHash), RlpItems.OfHash(PublicInputsHash), RlpItems.OfNumber(L1Timestamp));

    /// <summary>What the Market checks the proof against.</summary>
    public Market.ProofVerification ToVerification() => new(JobId, Prover, VkHash, PublicInputsHash, L1Timestamp);

    internal static ProofVerifiedInput Read(ref StrictRlpReader fields, L1LogId log) => new(
        log,
        fields.ReadNumber(nameof(JobId)),
        fields.ReadAddress(nameof(Prover)),
        fields.ReadHash(nameof(VkHash)),
        fields.ReadHash(nameof(PublicInputsHash)),
        fields.ReadNumber(nameof(L1Timestamp)));
}
