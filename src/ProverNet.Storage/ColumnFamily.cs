namespace ProverNet.Storage;

/// <summary>
/// The column families of a ProverNet database. The set is closed: each store creates exactly one column family per value,
/// so adding one is a schema change (a new value, never a renumbering) rather than a string chosen at a call site.
/// </summary>
public enum ColumnFamily
{
    /// <summary>Small singletons: head block number, schema version, genesis hash.</summary>
    Metadata = 0,

    /// <summary>Block headers and bodies by block number.</summary>
    Blocks = 1,

    /// <summary>Block hash → block number.</summary>
    BlockHashes = 2,

    /// <summary>Transaction receipts by block number and index.</summary>
    Receipts = 3,

    /// <summary>Transaction hash → (block number, index).</summary>
    Transactions = 4,

    /// <summary>Log index: (address or topic, block number, position) → nothing, for range queries.</summary>
    Logs = 5,

    /// <summary>Canonical state: state key → canonical value bytes.</summary>
    State = 6,

    /// <summary>Pages (four binary levels each) of the sparse Merkle tree committing to <see cref="State"/>.</summary>
    StateTree = 7,

    /// <summary>Block number → the state entries the block changed, as they were before it: what a rewind restores.</summary>
    StateUndo = 8,

    /// <summary>
    /// Safe block number → its hash and where safe derivation stood in L1 when it made it: the safe head is the highest,
    /// and after a restart or an L1 reorg derivation resumes at one of them.
    /// </summary>
    SafeBlocks = 9,
}
