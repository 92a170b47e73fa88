using ProverNet.Core;

namespace ProverNet.Node.Settlement;

/// <summary>An <c>OutputProposed</c> log of the OutputOracle, with where L1 holds it.</summary>
/// <param name="Index">The output's index.</param>
/// <param name="L2BlockNumber">The L2 block.</param>
/// <param name="OutputRoot">The proposed root.</param>
/// <param name="L1Timestamp">L1 time of the proposal, seconds.</param>
/// <param name="L1BlockNumber">The L1 block that holds the log.</param>
/// <param name="L1BlockHash">That block's hash.</param>
public sealed record OutputProposedEvent(ulong Index, ulong L2BlockNumber, Hash256 OutputRoot, ulong L1Timestamp, ulong L1BlockNumber, Hash256 L1BlockHash);
