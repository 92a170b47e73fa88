using ProverNet.Core;

namespace ProverNet.Auction;

/// <summary>
/// A governance-registered market class (docs/clearing-rule.md §1): within one class every eligible offer can serve every open bid,
/// so each class clears as a homogeneous market.
/// </summary>
/// <param name="Id">Class id; rounds clear classes in ascending id.</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="ProofSystem">Verifier family, e.g. <c>groth16-bn254</c>.</param>
/// <param name="MinUnits">Smallest bid size in proving units (size tier).</param>
/// <param name="MaxUnits">Largest bid size in proving units.</param>
/// <param name="ProvingWindowSec">Seconds a bid's deadline must leave after the match (latency tier).</param>
/// <param name="MaxOrderLifetimeSec">Longest a new order of the class may stay in the book: its expiry is at most this
/// many seconds after the block that admits it.</param>
/// <param name="MinProverStake">Free stake a prover needs for its offers to be eligible (stake tier).</param>
/// <param name="JobStakeBps">Share of <paramref name="MinProverStake"/> locked per offer slot, in basis points.</param>
/// <param name="MaxProofBytes">Largest proof accepted for this class.</param>
/// <param name="SecurityBits">Security level of the class's proof system.</param>
/// <param name="InitialReferencePrice">Posted price per unit for thin rounds until earlier rounds move it.</param>
/// <param name="Enabled">Whether the class takes new orders.</param>
public sealed record MarketClass(
    uint Id,
    string Name,
    string ProofSystem,
    uint MinUnits,
    uint MaxUnits,
    uint ProvingWindowSec,
    uint MaxOrderLifetimeSec,
    Amount MinProverStake,
    uint JobStakeBps,
    uint MaxProofBytes,
    uint SecurityBits,
    UInt128 InitialReferencePrice,
    bool Enabled);
