namespace ProverNet.Node.Devnet;

/// <summary>A local anvil could not be started or did not answer.</summary>
public sealed class AnvilStartException : Exception
{
    /// <summary>Creates the error with a message that says what to do.</summary>
    public AnvilStartException(string message)
        : base(message)
    {
    }
}
