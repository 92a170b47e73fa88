namespace ProverNet.Chain.Market;

/// <summary>State of a job (<c>IProverMarket.JobStatus</c>, same numbering).</summary>
public enum JobStatus : byte
{
    /// <summary>No such job.</summary>
    None = 0,

    /// <summary>Waiting for its proof; escrow and stake held.</summary>
    Assigned = 1,

    /// <summary>Proven in time and paid.</summary>
    Fulfilled = 2,

    /// <summary>Missed its deadline (or an earlier pipeline stage did): escrow refunded.</summary>
    Failed = 3,
}
