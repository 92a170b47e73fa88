using System.Globalization;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Node.Sequencing;

/// <summary>
/// The node's own record of the highest block it has committed and served, kept in a small file beside the store
/// (<c>&lt;data dir&gt;/head.marker</c>) so that damage to the store's write-ahead log — or a store replaced by an older
/// copy — cannot make the node start lower and publish a second block at a height it already published.
/// </summary>
/// <remarks>
/// Written after each commit to a temporary name, flushed to disk when <c>sync</c> is on, then renamed over the old
/// marker: a reader sees the old marker or the new one, never a torn one. Losing the rename in a power cut leaves the old,
/// lower marker, which is the safe direction, so the directory itself need not be synced. The marker may lag the store
/// by the one block committed just before a crash; it never leads it while the store's writes are synced first.
/// </remarks>
public sealed class HeadMarker
{
    private const string Magic = "provernet-head-v1";
    private readonly string path;
    private readonly bool sync;

    /// <summary>The marker of <paramref name="dataDir"/>; <paramref name="sync"/> flushes each write to disk.</summary>
    public HeadMarker(string dataDir, bool sync)
    {
        path = PathIn(dataDir);
        this.sync = sync;
    }

    /// <summary>Removes the marker of <paramref name="dataDir"/>, with the chain it vouches for.</summary>
    public static void Delete(string dataDir) => File.Delete(PathIn(dataDir));

    private static string PathIn(string dataDir) => Path.Combine(dataDir, "head.marker");

    /// <summary>The recorded head, or null when the node has recorded none yet.</summary>
    /// <exception cref="StoreDamagedException">The marker is not one this node wrote.</exception>
    public (ulong Number, Hash256 Hash)? Read()
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || parts[0] != Magic
            || !ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || !Hex.TryDecode(parts[2], out var hash, out _) || hash.Length != Hash256.Length)
        {
            throw new StoreDamagedException($"the head marker {path} is damaged: expected \"{Magic} <number> <hash>\"");
        }

        return (number, new Hash256(hash));
    }

    /// <summary>Records block <paramref name="number"/> with <paramref name="hash"/> as the head.</summary>
    public void Write(ulong number, Hash256 hash)
    {
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(file))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{Magic} {number} {hash}\n"));
            writer.Flush();
            file.Flush(flushToDisk: sync);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
