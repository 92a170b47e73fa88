using ProverNet.Core;

namespace ProverNet.Chain.Market;

/// <summary>What a prover is assigned: the job's class and stage, its size and deadline, the proof it must deliver and its pay.</summary>
/// <param name="ClassId">The class (for a pipeline, the stage's class).</param>
/// <param name="Stage">Stage index in the pipeline; 0 for a plain job.</param>
/// <param name="Units">Job size in proving units.</param>
/// <param name="Deadline">Latest L1 timestamp of the proof.</param>
/// <param name="VkHash">The verifying key the proof must verify under.</param>
/// <param name="PublicInputsHash">keccak256 of the packed public inputs.</param>
/// <param name="ProverPay">The prover's gross pay P_r (docs/clearing-rule.md §3.6), before the market fee.</param>
public sealed record JobTerms(uint ClassId, uint Stage, uint Units, ulong Deadline, Hash256 VkHash, Hash256 PublicInputsHash, Amount ProverPay);
