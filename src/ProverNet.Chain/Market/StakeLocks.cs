using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Market;

/// <summary>
/// Locks, releases and slashes stake in the prover mirror. L1 may have lowered a prover's stake under its locks
/// meanwhile, so releasing and slashing saturate at zero instead of failing the block.
/// </summary>
internal sealed class StakeLocks(WorldState state)
{
    public void Lock(Address prover, ProverRecord record, Amount amount) =>
        state.SetProver(prover, record with { LockedStake = record.LockedStake + amount });

    public void Release(Address prover, Amount amount) => Reduce(prover, amount, Amount.Zero);

    /// <summary>Slashes <paramref name="slashed"/> of the stake and releases the whole <paramref name="locked"/> lock.</summary>
    public void Slash(Address prover, Amount locked, Amount slashed) => Reduce(prover, locked, slashed);

    private void Reduce(Address prover, Amount unlocked, Amount slashed)
    {
        if (state.GetProver(prover) is not { } record)
        {
            return;
        }

        var taken = slashed <= record.Stake ? slashed : record.Stake;
        state.SetProver(prover, record with
        {
            LockedStake = SaturatingSubtract(record.LockedStake, unlocked),
            Stake = record.Stake - taken,
            PendingSlash = record.PendingSlash + taken,
        });
    }

    private static Amount SaturatingSubtract(Amount from, Amount amount) => from >= amount ? from - amount : Amount.Zero;
}
