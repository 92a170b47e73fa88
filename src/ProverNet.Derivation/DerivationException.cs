namespace ProverNet.Derivation;

/// <summary>A derivation step failed; <see cref="Kind"/> says what the driver does about it.</summary>
public sealed class DerivationException : Exception
{
    /// <summary>Creates the exception of <paramref name="kind"/> saying what happened.</summary>
    public DerivationException(DerivationErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>Creates a critical error with no message.</summary>
    public DerivationException()
        : this(DerivationErrorKind.Critical, "derivation failed")
    {
    }

    /// <summary>Creates a critical error saying what happened.</summary>
    public DerivationException(string message)
        : this(DerivationErrorKind.Critical, message)
    {
    }

    /// <summary>Creates a critical error saying what happened and why.</summary>
    public DerivationException(string message, Exception innerException)
        : this(DerivationErrorKind.Critical, message, innerException)
    {
    }

    /// <summary>Retry, reset or stop.</summary>
    public DerivationErrorKind Kind { get; }
}
