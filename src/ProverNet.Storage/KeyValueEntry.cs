namespace ProverNet.Storage;

/// <summary>One stored pair, as yielded by ordered iteration. Both arrays are copies the caller owns.</summary>
/// <param name="Key">The key bytes.</param>
/// <param name="Value">The value bytes.</param>
public readonly record struct KeyValueEntry(byte[] Key, byte[] Value);
