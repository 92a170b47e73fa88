using ProverNet.Core;

namespace ProverNet.Chain.Market;

/// <summary><c>submitBid</c> (a class) or <c>submitCompositeBid</c> (a pipeline): both carry the same fields.</summary>
/// <param name="Composite">True for <c>submitCompositeBid</c>: <paramref name="MarketId"/> names a pipeline.</param>
/// <param name="MarketId">The class id, or the pipeline id of a composite bid.</param>
/// <param name="Units">Job size in proving units.</param>
/// <param name="MaxPricePerUnit">Highest price per unit, wei (below 2^96).</param>
/// <param name="Deadline">Latest L2 time for the proof; 0 means the class default.</param>
/// <param name="Expiry">Latest L2 time to be matched; 0 means the class default.</param>
/// <param name="VkHash">The verifying key registered on L1.</param>
/// <param name="PublicInputsHash">keccak256 of the packed public inputs the proof must have.</param>
/// <param name="InputUri">Where provers fetch the witness inputs.</param>
public sealed record SubmitBidCall(
    bool Composite,
    uint MarketId,
    uint Units,
    UInt128 MaxPricePerUnit,
    ulong Deadline,
    ulong Expiry,
    Hash256 VkHash,
    Hash256 PublicInputsHash,
    string InputUri) : MarketCall;
