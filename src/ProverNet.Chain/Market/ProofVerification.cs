using ProverNet.Core;

namespace ProverNet.Chain.Market;

/// <summary>An L1 <c>ProofVerifier.ProofVerified</c> event, as derivation hands it to the Market.</summary>
/// <param name="JobId">The job the proof is for.</param>
/// <param name="Prover">Who submitted it on L1.</param>
/// <param name="VkHash">The verifying key it verified under.</param>
/// <param name="PublicInputsHash">keccak256 of its packed public inputs.</param>
/// <param name="L1Timestamp">Timestamp of the L1 block that verified it.</param>
public readonly record struct ProofVerification(ulong JobId, Address Prover, Hash256 VkHash, Hash256 PublicInputsHash, ulong L1Timestamp);
