namespace ProverNet.Chain.State;

/// <summary>A prover's standing as mirrored from L1 <c>StakingController</c> events.</summary>
public enum ProverStatus : byte
{
    /// <summary>Registered and staked: its offers are eligible when its free stake covers the class.</summary>
    Active = 1,

    /// <summary>Jailed on L1: its offers are not eligible.</summary>
    Jailed = 2,

    /// <summary>Deregistered on L1.</summary>
    Inactive = 3,
}
