namespace ProverNet.Core.Transactions;

/// <summary>Why a raw transaction was rejected by the decoder's encoding, signature or stateless validity rules.</summary>
public enum TransactionError
{
    /// <summary>No bytes.</summary>
    Empty = 1,

    /// <summary>The type byte is not 0x01 or 0x02 (and the bytes are not a legacy RLP list).</summary>
    UnsupportedType,

    /// <summary>The RLP structure is broken: bad sizes, lengths past the end, a list where a string belongs, non-canonical headers.</summary>
    MalformedRlp,

    /// <summary>Bytes follow the transaction's RLP list.</summary>
    TrailingBytes,

    /// <summary>The list has fewer or more fields than the type defines.</summary>
    WrongFieldCount,

    /// <summary>An integer field has leading zero bytes.</summary>
    NonCanonicalInteger,

    /// <summary>The <c>to</c> field is neither empty (contract creation) nor 20 bytes.</summary>
    InvalidRecipient,

    /// <summary>An access list entry is not [20-byte address, [32-byte keys…]].</summary>
    InvalidAccessList,

    /// <summary>The nonce is 2^64 - 1, which EIP-2681 forbids (it could never be incremented).</summary>
    NonceTooBig,

    /// <summary>The nonce does not fit in 64 bits.</summary>
    NonceOverflow,

    /// <summary>The gas limit does not fit in 64 bits.</summary>
    GasLimitOverflow,

    /// <summary>A gas price or fee cap is longer than 32 bytes.</summary>
    FeeFieldTooLong,

    /// <summary>The value is longer than 32 bytes.</summary>
    ValueTooLong,

    /// <summary>Gas limit × (max fee per) gas price does not fit in 256 bits.</summary>
    GasLimitPriceProductOverflow,

    /// <summary>An EIP-1559 max priority fee exceeds the max fee.</summary>
    PriorityFeeAboveMaxFee,

    /// <summary>The gas limit is below the intrinsic gas of the transaction.</summary>
    IntrinsicGasTooLow,

    /// <summary>A contract creation's init code exceeds 49,152 bytes (EIP-3860).</summary>
    InitCodeTooLarge,

    /// <summary>The signature is malformed: r or s out of [1, n), an invalid v or y-parity, or no key recovers.</summary>
    InvalidSignature,

    /// <summary>s is above n/2; EIP-2 admits only the low-s form of each signature.</summary>
    HighS,

    /// <summary>The chain id is not the expected one, or cannot be one (zero, or wider than 64 bits).</summary>
    InvalidChainId,
}
