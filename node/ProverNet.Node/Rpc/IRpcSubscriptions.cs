namespace ProverNet.Node.Rpc;

/// <summary>A connection that can carry <c>eth_subscribe</c> notifications (a WebSocket).</summary>
public interface IRpcSubscriptions
{
    /// <summary>Starts notifications of new heads, or of logs matching <paramref name="filter"/>; returns the subscription id.</summary>
    string Subscribe(SubscriptionKind kind, LogFilter? filter);

    /// <summary>Stops subscription <paramref name="id"/>; false if there is none.</summary>
    bool Unsubscribe(string id);
}
