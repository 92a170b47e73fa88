namespace ProverNet.Node.Devnet;

/// <summary>The devnet's local L1 could not be set up: anvil did not start, the deployment or the genesis anchoring failed.</summary>
public sealed class DevnetStartException : Exception
{
    /// <summary>Creates the error with a message that says what failed.</summary>
    public DevnetStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public DevnetStartException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error.</summary>
    public DevnetStartException()
    {
    }
}
