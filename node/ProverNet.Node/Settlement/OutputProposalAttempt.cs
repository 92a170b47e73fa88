using ProverNet.Core;
using ProverNet.Derivation;
using ProverNet.Node.L1.Transactions;

namespace ProverNet.Node.Settlement;

/// <summary>One <c>proposeOutput</c> transaction the proposer sent.</summary>
/// <param name="L2BlockNumber">The L2 block whose output it proposed.</param>
/// <param name="OutputRoot">The root it proposed.</param>
/// <param name="L1Head">The L1 block whose hash the proposal was pinned to.</param>
/// <param name="Receipt">How it was included; <see cref="L1TransactionReceipt.Succeeded"/> is false if it reverted (e.g. L1 reorganized under it).</param>
public sealed record OutputProposalAttempt(ulong L2BlockNumber, Hash256 OutputRoot, L1BlockRef L1Head, L1TransactionReceipt Receipt);
