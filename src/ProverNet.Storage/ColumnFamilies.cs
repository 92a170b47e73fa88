namespace ProverNet.Storage;

/// <summary>Every <see cref="ColumnFamily"/> value, in numeric order, without reflection at the call site.</summary>
public static class ColumnFamilies
{
    /// <summary>All column families, ordered by value; index <c>i</c> holds the column family whose value is <c>i</c>.</summary>
    public static IReadOnlyList<ColumnFamily> All { get; } = Enum.GetValues<ColumnFamily>().Order().ToArray();

    /// <summary>The name a column family has on disk (its enum name; renaming a value would orphan its data).</summary>
    public static string NameOf(ColumnFamily column) => column switch
    {
        ColumnFamily.Metadata => "Metadata",
        ColumnFamily.Blocks => "Blocks",
        ColumnFamily.BlockHashes => "BlockHashes",
        ColumnFamily.Receipts => "Receipts",
        ColumnFamily.Transactions => "Transactions",
        ColumnFamily.Logs => "Logs",
        ColumnFamily.State => "State",
        ColumnFamily.StateTree => "StateTree",
        ColumnFamily.StateUndo => "StateUndo",
        ColumnFamily.SafeBlocks => "SafeBlocks",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "unknown column family"),
    };
}
