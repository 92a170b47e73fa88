namespace ProverNet.Derivation;

/// <summary>How the driver answers a derivation error (the OP Stack's classes).</summary>
public enum DerivationErrorKind
{
    /// <summary>Try the same step again later (L1 unreachable, data not there yet); nothing was consumed.</summary>
    Temporary,

    /// <summary>L1 reorganized under what was derived: go back to the last point L1 still holds, and derive again from there.</summary>
    Reset,

    /// <summary>Derivation cannot go on (broken invariant, inconsistent store): stop and tell the operator.</summary>
    Critical,
}
