namespace ProverNet.Derivation.Batches;

/// <summary>How a batch holds a transaction.</summary>
internal enum BatchTransactionKind : byte
{
    /// <summary>An EIP-1559 call with no access list and 64-bit fees and value, split into the columns.</summary>
    Split = 0,

    /// <summary>Any other transaction, as signed.</summary>
    Raw = 1,
}
