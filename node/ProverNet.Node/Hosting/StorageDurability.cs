namespace ProverNet.Node.Hosting;

/// <summary>How far each block is written before the next one is built (<c>Storage:Durability</c>).</summary>
public enum StorageDurability
{
    /// <summary>Flushed to disk: survives a power cut.</summary>
    Fsync,

    /// <summary>Left to the OS: survives a killed process, not a power cut.</summary>
    None,
}
