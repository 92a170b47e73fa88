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
    /// <summary>What admission checks this block's transactions against.</summary>
    public AdmissionContext Admission { get; } = new(ChainId, BaseFee, GasLimit, Parameters.Gas);
}
