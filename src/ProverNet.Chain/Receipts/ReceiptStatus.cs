namespace ProverNet.Chain.Receipts;

/// <summary>Whether a transaction's effects were kept; the values are Ethereum's receipt status codes.</summary>
public enum ReceiptStatus : byte
{
    /// <summary>Reverted: only the nonce and the gas payment took effect.</summary>
    Failure = 0,

    /// <summary>Executed and kept.</summary>
    Success = 1,
}
