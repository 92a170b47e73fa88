namespace ProverNet.Node.L1;

/// <summary>How the node's view of L1 stands, for <c>pn_syncStatus</c> and the log.</summary>
/// <param name="L1Head">The newest L1 block number L1 reported; null before its first answer.</param>
/// <param name="LastFetched">The newest L1 block fetched with its inputs.</param>
/// <param name="Reachable">Whether the last L1 call succeeded.</param>
/// <param name="UnreachableSinceUnixSeconds">When the current outage began; null while L1 answers.</param>
/// <param name="SkippedLogs">Logs of input events that did not decode, since the node started.</param>
/// <param name="Reorgs">L1 reorganizations seen since the node started.</param>
public sealed record L1SyncStatus(ulong? L1Head, ulong LastFetched, bool Reachable, long? UnreachableSinceUnixSeconds, long SkippedLogs, long Reorgs);
