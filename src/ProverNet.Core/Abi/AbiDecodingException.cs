namespace ProverNet.Core.Abi;

/// <summary>Calldata does not decode under the expected ABI signature; the message says which argument and why.</summary>
public sealed class AbiDecodingException : FormatException
{
    /// <summary>Creates the error.</summary>
    public AbiDecodingException(string message)
        : base(message)
    {
    }
}
