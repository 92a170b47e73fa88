using ProverNet.Core;

namespace ProverNet.Node.Settlement;

/// <summary>An output as the OutputOracle holds it (<c>IOutputOracle.OutputProposal</c>).</summary>
/// <param name="OutputRoot">The proposed output root.</param>
/// <param name="L2BlockNumber">The L2 block it commits to.</param>
/// <param name="Timestamp">L1 time of the proposal, seconds.</param>
/// <param name="ProposalId">Unique across deletions: an index reused after a deleted output gets a new id.</param>
/// <param name="Challenged">Whether a challenge on it is open.</param>
/// <param name="AttestedFinal">Whether validators holding 2/3 of the validator stake attested to it.</param>
public sealed record OutputProposal(Hash256 OutputRoot, ulong L2BlockNumber, ulong Timestamp, ulong ProposalId, bool Challenged, bool AttestedFinal);
