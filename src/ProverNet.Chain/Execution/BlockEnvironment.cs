using ProverNet.Chain.Blocks;
using ProverNet.Chain.Gas;
using ProverNet.Chain.Genesis;
using ProverNet.Core;

namespace ProverNet.Chain.Execution;

/// <summary>Everything about the block being built or checked that its transactions may read.</summary>
/// <param name="Number">The block's height.</param>
/// <param name="Timestamp">The block's time, seconds: the only clock the state transition sees.</param>
/// <param name="BaseFee">The block's base fee per gas.</param>
/// <param name="GasLimit">The block's gas limit.</param>
/// <param name="ChainId">The L2 chain id.</param>
/// <param name="Parameters">The governed parameters in force at the start of the block.</param>
/// <param name="Sequencer">Receives priority fees.</param>
/// <param name="Treasury">Receives base fees, clearing surplus, market fees and slashed stake.</param>
/// <param name="L1Time">
/// The L1 time the chain has seen by this block: its L1 origin's timestamp — or, for a chain that follows no L1, the
/// block's own time. Jobs fail by it, so a proof verified on L1 by its deadline always arrives before its job can fail.
/// </param>
public sealed record BlockEnvironment(
    ulong Number,
    ulong Timestamp,
    Amount BaseFee,
    ulong GasLimit,
    ulong ChainId,
    ProtocolParameters Parameters,
    Address Sequencer,
    Address Treasury,
    ulong L1Time)
{
    /// <summary>
    /// The environment of the child of <paramref name="parent"/> at <paramref name="timestamp"/> under
    /// <paramref name="parameters"/> (those in force at the end of the parent): the one definition the block processor,
    /// the RPC's call simulation and fee suggestions, and the mempool's admission all use. The block's L1 origin is
    /// <paramref name="origin"/>, or the parent's when not given (a call simulated on the head).
    /// </summary>
    public static BlockEnvironment ForChildOf(BlockHeader parent, ulong timestamp, ProtocolParameters parameters, ChainGenesis genesis, L1Origin? origin = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(genesis);
        return new BlockEnvironment(
            parent.Number + 1,
            timestamp,
            BaseFeeRule.ForChildOf(parent, parameters.Gas),
            genesis.Rollup.BlockGasLimit,
            genesis.ChainId,
            parameters,
            genesis.Rollup.Sequencer,
            genesis.Rollup.Treasury,
            genesis.L1.FollowsL1 ? (origin ?? parent.L1Origin).Timestamp : timestamp);
    }

    /// <summary>What admission checks this block's transactions against.</summary>
    public AdmissionContext Admission { get; } = new(ChainId, BaseFee, GasLimit, Parameters.Gas);
}
