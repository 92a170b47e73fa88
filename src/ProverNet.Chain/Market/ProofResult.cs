namespace ProverNet.Chain.Market;

/// <summary>What a verified L1 proof did on L2. Only <see cref="Fulfilled"/> changes state; the rest are ignored, not block errors.</summary>
public enum ProofResult : byte
{
    /// <summary>The job was fulfilled: prover paid, fee to the treasury, stake unlocked.</summary>
    Fulfilled = 0,

    /// <summary>No job has that id.</summary>
    UnknownJob = 1,

    /// <summary>The job is already fulfilled or failed.</summary>
    NotOpen = 2,

    /// <summary>The proof was submitted by another account than the assigned prover.</summary>
    WrongProver = 3,

    /// <summary>A later pipeline stage whose previous stage is not fulfilled yet.</summary>
    StageNotActive = 4,

    /// <summary>The verifying key differs from the job's.</summary>
    WrongVk = 5,

    /// <summary>The public inputs differ from the job's.</summary>
    WrongPublicInputs = 6,

    /// <summary>Verified on L1 after the job's deadline.</summary>
    Late = 7,
}
