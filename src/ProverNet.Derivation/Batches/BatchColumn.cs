namespace ProverNet.Derivation.Batches;

/// <summary>
/// The columns of a version-1 batch payload, in payload order. Each is written whole, prefixed by its length, so that
/// bytes of one kind sit together under the compressor: the random ones (signatures, hashes) last and apart.
/// </summary>
internal enum BatchColumn
{
    /// <summary>First block number and the parent hash (32 bytes); block count, first timestamp and first origin; then per block after the first its time and origin deltas; then per block its transaction count (varints).</summary>
    Blocks,

    /// <summary>One byte a transaction: <see cref="BatchTransactionKind"/>.</summary>
    Kinds,

    /// <summary>Per split transaction: chain id, nonce, priority fee, max fee, gas, value, calldata length (varints).</summary>
    Fields,

    /// <summary>Per split transaction the recipient's index among the batch's recipients (a new one is the next index).</summary>
    RecipientIndexes,

    /// <summary>Each new recipient's 20 bytes, in first-use order.</summary>
    Recipients,

    /// <summary>Per split transaction with 4 or more calldata bytes its selector's index among the batch's selectors.</summary>
    SelectorIndexes,

    /// <summary>Each new selector's 4 bytes.</summary>
    Selectors,

    /// <summary>Per 32-byte calldata word after the selector, its length without leading zeros (0–32).</summary>
    WordLengths,

    /// <summary>The words shorter than 32 bytes, leading zeros removed.</summary>
    ShortWords,

    /// <summary>The words of 32 significant bytes (hashes, mostly).</summary>
    FullWords,

    /// <summary>Calldata bytes after the last whole word (or all of it, below 4 bytes).</summary>
    Tails,

    /// <summary>Per split transaction its y-parity byte.</summary>
    Parities,

    /// <summary>Per split transaction r ‖ s, 64 bytes.</summary>
    Signatures,

    /// <summary>Per raw transaction its length (varint) and bytes.</summary>
    Raw,
}
