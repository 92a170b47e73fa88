namespace ProverNet.Node.Rpc;

/// <summary>What the server's WebSockets hold right now, for the connection limit and for tests that check a closed socket left nothing behind.</summary>
internal sealed class RpcConnectionCounts
{
    private int webSockets;
    private int subscriptions;

    public int WebSockets => Volatile.Read(ref webSockets);

    public int Subscriptions => Volatile.Read(ref subscriptions);

    /// <summary>Counts a new connection if fewer than <paramref name="limit"/> are open; false otherwise.</summary>
    public bool TryOpenWebSocket(int limit)
    {
        if (Interlocked.Increment(ref webSockets) <= limit)
        {
            return true;
        }

        Interlocked.Decrement(ref webSockets);
        return false;
    }

    public void CloseWebSocket() => Interlocked.Decrement(ref webSockets);

    public void Subscribed() => Interlocked.Increment(ref subscriptions);

    public void Unsubscribed(int count) => Interlocked.Add(ref subscriptions, -count);
}
