namespace ProverNet.Derivation;

/// <summary>One L1 block taken by derivation and the logs of the deployed contracts in it, in log-index order.</summary>
/// <param name="Block">The L1 block.</param>
/// <param name="Logs">Its logs from the contracts derivation follows.</param>
/// <param name="InboxTransactions">The transactions that emitted its batch inbox logs, in log order (empty when batches are not read).</param>
public sealed record L1BlockLogs(L1BlockRef Block, IReadOnlyList<L1Log> Logs, IReadOnlyList<L1Transaction> InboxTransactions);
