namespace ProverNet.Core.Transactions;

/// <summary>The EIP-2718 envelope type of a transaction; only these three are accepted.</summary>
public enum TransactionType : byte
{
    /// <summary>Untyped RLP list, with or without the EIP-155 chain id in <c>v</c>.</summary>
    Legacy = 0,

    /// <summary>EIP-2930: type byte 0x01, chain id and access list, single gas price.</summary>
    AccessList = 1,

    /// <summary>EIP-1559: type byte 0x02, max fee and max priority fee per gas.</summary>
    DynamicFee = 2,
}
