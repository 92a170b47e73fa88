using System.Collections.Frozen;

namespace ProverNet.Node.Rpc;

/// <summary>The methods a server answers, by name: filled once at start, then read concurrently.</summary>
public sealed class RpcMethodTable
{
    private readonly Dictionary<string, RpcHandler> building = new(StringComparer.Ordinal);
    private FrozenDictionary<string, RpcHandler>? frozen;

    /// <summary>Adds <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">The table is in use already.</exception>
    public void Add(string name, RpcHandler handler)
    {
        if (frozen is not null)
        {
            throw new InvalidOperationException("methods are added before the table is used");
        }

        building.Add(name, handler);
    }

    /// <summary>The handler of <paramref name="name"/>, or null.</summary>
    public RpcHandler? Find(string name)
    {
        frozen ??= building.ToFrozenDictionary(StringComparer.Ordinal);
        return frozen.GetValueOrDefault(name);
    }
}
