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
public sealed record BlockEnvironment(
    ulong Number,
    ulong Timestamp,
    Amount BaseFee,
    ulong GasLimit,
    ulong ChainId,
    ProtocolParameters Parameters,
    Address Sequencer,
    Address Treasury)
{
    /// <summary>
    /// The environment of the child of <paramref name="parent"/> at <paramref name="timestamp"/> under
    /// <paramref name="parameters"/> (those in force at the end of the parent): the one definition the block processor,
    /// the RPC's call simulation and fee suggestions, and the mempool's admission all use.
    /// </summary>
    public static BlockEnvironment ForChildOf(BlockHeader parent, ulong timestamp, ProtocolParameters parameters, ChainGenesis genesis)
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
            genesis.Rollup.Treasury);
    }

    /// <summary>What admission checks this block's transactions against.</summary>
    public AdmissionContext Admission { get; } = new(ChainId, BaseFee, GasLimit, Parameters.Gas);
}
