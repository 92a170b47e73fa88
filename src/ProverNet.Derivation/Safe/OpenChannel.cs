namespace ProverNet.Derivation.Safe;

/// <summary>A channel whose frames are arriving: what has come so far and where its first frame was.</summary>
internal sealed class OpenChannel(UInt128 id, SafeCursor start)
{
    private readonly List<byte[]> parts = [];

    public UInt128 Id { get; } = id;

    /// <summary>Where its first frame was posted: derivation reads again from there to rebuild it.</summary>
    public SafeCursor Start { get; } = start;

    public int NextFrame => parts.Count;

    public long Size { get; private set; }

    public void Append(byte[] data)
    {
        parts.Add(data);
        Size += data.Length;
    }

    public byte[] Assemble() => [.. parts.SelectMany(part => part)];
}
