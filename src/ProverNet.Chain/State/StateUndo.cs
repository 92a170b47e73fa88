using ProverNet.Core.Rlp;

namespace ProverNet.Chain.State;

/// <summary>
/// The state entries one block changed, each as it was before the block (absent or its bytes): applied back, they turn
/// the state after the block into the state before it, root and all (the tree depends only on the entries). Encoded
/// <c>rlp([[key] | [key, value], ...])</c>: a one-item entry was absent.
/// </summary>
public sealed class StateUndo
{
    private readonly List<(byte[] Key, byte[]? Previous)> entries = [];

    /// <summary>The entries in the order recorded.</summary>
    public IReadOnlyList<(byte[] Key, byte[]? Previous)> Entries => entries;

    /// <summary>Records that <paramref name="key"/> held <paramref name="previous"/> (null: absent) before the block.</summary>
    public void Add(byte[] key, byte[]? previous) => entries.Add((key, previous));

    /// <summary>The canonical encoding, written into one array (a block with many changes writes many entries).</summary>
    public byte[] Encode()
    {
        var payload = 0;
        foreach (var (key, previous) in entries)
        {
            var entry = EntryPayloadLength(key, previous);
            payload += RlpWriter.GetListHeaderLength(entry) + entry;
        }

        var encoding = new byte[RlpWriter.GetListHeaderLength(payload) + payload];
        var at = RlpWriter.WriteListHeader(encoding, payload);
        foreach (var (key, previous) in entries)
        {
            at += RlpWriter.WriteListHeader(encoding.AsSpan(at), EntryPayloadLength(key, previous));
            at += RlpWriter.WriteString(encoding.AsSpan(at), key);
            if (previous is not null)
            {
                at += RlpWriter.WriteString(encoding.AsSpan(at), previous);
            }
        }

        return encoding;
    }

    /// <summary>Reads an encoding back.</summary>
    /// <exception cref="RlpDecodingException">Not a canonical undo record.</exception>
    public static StateUndo Decode(ReadOnlySpan<byte> encoding)
    {
        var undo = new StateUndo();
        var items = StrictRlpReader.OpenList(encoding, "state undo");
        while (!items.IsAtEnd)
        {
            var entry = items.ReadList($"entry {undo.entries.Count}");
            var key = entry.ReadBytes("key").ToArray();
            var previous = entry.IsAtEnd ? null : entry.ReadBytes("previous").ToArray();
            entry.EnsureAtEnd();
            undo.Add(key, previous);
        }

        return undo;
    }

    private static int EntryPayloadLength(byte[] key, byte[]? previous) =>
        RlpWriter.GetStringLength(key) + (previous is null ? 0 : RlpWriter.GetStringLength(previous));

    /// <summary>Sets every entry back in <paramref name="state"/>, newest first.</summary>
    public void ApplyTo(WorldState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            state.Set(entries[i].Key, entries[i].Previous);
        }
    }
}
