namespace ProverNet.Node.Rpc;

/// <summary>What an <c>eth_subscribe</c> subscription delivers.</summary>
public enum SubscriptionKind
{
    /// <summary>Each new block's header.</summary>
    NewHeads,

    /// <summary>Each new log matching a filter.</summary>
    Logs,
}
