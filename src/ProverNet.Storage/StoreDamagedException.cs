namespace ProverNet.Storage;

/// <summary>The store's files are damaged (a corrupt or cut log, a table file truncated, altered or missing).</summary>
public sealed class StoreDamagedException : IOException
{
    /// <summary>A damaged store, described by <paramref name="message"/>.</summary>
    public StoreDamagedException(string message)
        : base(message)
    {
    }

    /// <summary>A damaged store, described by <paramref name="message"/>, found through <paramref name="inner"/>.</summary>
    public StoreDamagedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>A damaged store.</summary>
    public StoreDamagedException()
        : base("the store is damaged")
    {
    }
}
