namespace ProverNet.Node.Auction;

/// <summary>
/// The CLI's string order ids against the engine's 64-bit ids for one book: an id's engine id is its rank in ordinal
/// order among that book's ids, so the mapping depends only on the set of ids, never on their order in the file.
/// </summary>
internal sealed class OrderIdMap
{
    private readonly string[] sortedIds;
    private readonly string[] pathOfRank;

    private OrderIdMap(string[] sortedIds, string[] pathOfRank)
    {
        this.sortedIds = sortedIds;
        this.pathOfRank = pathOfRank;
    }

    /// <summary>Maps <paramref name="ids"/> (one per order, at <paramref name="paths"/>); a repeated id fails at its second path.</summary>
    public static OrderIdMap Create(IReadOnlyList<string> ids, IReadOnlyList<string> paths)
    {
        var order = new int[ids.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (left, right) => string.CompareOrdinal(ids[left], ids[right]) is var byId and not 0 ? byId : left.CompareTo(right));
        var sortedIds = new string[order.Length];
        var pathOfRank = new string[order.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            sortedIds[rank] = ids[order[rank]];
            pathOfRank[rank] = paths[order[rank]];
            if (rank > 0 && sortedIds[rank - 1] == sortedIds[rank])
            {
                throw new ProverNet.Core.Json.JsonFieldException($"{pathOfRank[rank]}.id", $"duplicate id \"{sortedIds[rank]}\"");
            }
        }

        return new OrderIdMap(sortedIds, pathOfRank);
    }

    /// <summary>The engine id of <paramref name="id"/>.</summary>
    public ulong EngineId(string id) => (ulong)Array.BinarySearch(sortedIds, id, StringComparer.Ordinal);

    /// <summary>The file's id for an engine id.</summary>
    public string FileId(ulong engineId) => sortedIds[engineId];

    /// <summary>Where the order with this engine id sits in the file, e.g. <c>bids[3]</c>.</summary>
    public string PathOf(ulong engineId) => pathOfRank[engineId];
}
