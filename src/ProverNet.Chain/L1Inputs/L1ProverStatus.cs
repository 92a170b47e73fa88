using ProverNet.Chain.State;

namespace ProverNet.Chain.L1Inputs;

/// <summary>
/// StakingController's <c>enum ProverStatus { None, Inactive, Active, Jailed }</c> (0–3) against the mirror's
/// <see cref="ProverStatus"/>, whose numbers differ (Active 1, Jailed 2, Inactive 3): payloads carry the L1 numbers.
/// </summary>
public static class L1ProverStatus
{
    /// <summary>The mirror status of L1 status <paramref name="value"/>.</summary>
    /// <exception cref="L1InputDecodingException"><c>None</c> (0, never emitted for a registered prover) or above 3.</exception>
    public static ProverStatus FromL1(ulong value) => value switch
    {
        1 => ProverStatus.Inactive,
        2 => ProverStatus.Active,
        3 => ProverStatus.Jailed,
        _ => throw new L1InputDecodingException($"L1 prover status {value} is not Inactive (1), Active (2) or Jailed (3)"),
    };

    /// <summary>The L1 number of <paramref name="status"/>.</summary>
    public static byte ToL1(ProverStatus status) => status switch
    {
        ProverStatus.Inactive => 1,
        ProverStatus.Active => 2,
        ProverStatus.Jailed => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a prover status"),
    };
}
