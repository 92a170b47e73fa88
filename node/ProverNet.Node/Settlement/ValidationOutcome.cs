namespace ProverNet.Node.Settlement;

/// <summary>What one step of the <see cref="OutputValidator"/> did.</summary>
public enum ValidationOutcome
{
    /// <summary>No output to check: the validator has seen every output there is.</summary>
    NoOutput,

    /// <summary>The next output is for an L2 block the node has not made safe yet.</summary>
    AheadOfSafeHead,

    /// <summary>The validator's key is not an active validator: nothing sent.</summary>
    NotValidator,

    /// <summary>The output was already final, or already had this validator's attestation or a challenge: moved past it.</summary>
    Skipped,

    /// <summary>The root matched the node's own: attested.</summary>
    Attested,

    /// <summary>The root differed from the node's own: challenged.</summary>
    Challenged,

    /// <summary>The attestation or challenge reverted: the output is checked again next step.</summary>
    Reverted,
}
