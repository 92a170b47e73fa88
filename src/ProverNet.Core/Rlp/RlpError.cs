namespace ProverNet.Core.Rlp;

/// <summary>Why strict RLP decoding failed. Every non-canonical form is an error: one value has exactly one encoding.</summary>
public enum RlpError
{
    /// <summary>No error.</summary>
    None,

    /// <summary>The input ended where an item was expected.</summary>
    UnexpectedEnd,

    /// <summary>A declared length runs past the end of the input or of the enclosing list.</summary>
    LengthPastEnd,

    /// <summary>A single byte below 0x80 was wrapped in a string header; it must encode as itself.</summary>
    NonCanonicalSingleByte,

    /// <summary>A long-form length below 56, or with leading zero bytes; the short form or fewer bytes were required.</summary>
    NonCanonicalLength,

    /// <summary>A list appeared where a byte string was expected.</summary>
    ExpectedString,

    /// <summary>A byte string appeared where a list was expected.</summary>
    ExpectedList,

    /// <summary>An integer has leading zero bytes (zero is the empty string).</summary>
    LeadingZeros,

    /// <summary>An integer is wider than the field allows.</summary>
    IntegerTooLarge,

    /// <summary>Bytes remain after the last expected item.</summary>
    TrailingBytes,
}
