using ProverNet.Core;

namespace ProverNet.Chain.Genesis;

/// <summary>Block production and settlement settings of the rollup.</summary>
/// <param name="BlockTimeMs">Target time between L2 blocks.</param>
/// <param name="BlockGasLimit">Gas limit of every L2 block; the EIP-1559 target is half of it.</param>
/// <param name="Sequencer">The sequencer's address: it orders blocks and earns priority fees.</param>
/// <param name="Treasury">Receives base fees, clearing surplus, market fees and slashed stake.</param>
/// <param name="SequencingWindowL1Blocks">L1 blocks after which derivation forces L1 events in.</param>
/// <param name="OutputIntervalBlocks">L2 blocks between output proposals on L1.</param>
/// <param name="FinalityDelaySec">Seconds an unchallenged output waits before it is final on L1.</param>
/// <param name="MaxSequencerDriftSec">
/// How far an L2 block's time may run ahead of its L1 origin's time: past it, blocks carry no user transactions until
/// the origin catches up (the OP Stack's sequencer drift).
/// </param>
/// <param name="Batcher">
/// The sequencer's L1 account: derivation takes batches only from its inbox transactions, and it proposes the outputs
/// (BatchInbox's sequencer and OutputOracle's proposer). Genesis field <c>rollup.batcher</c>; the sequencer's address
/// when absent.
/// </param>
public sealed record RollupSettings(
    uint BlockTimeMs,
    ulong BlockGasLimit,
    Address Sequencer,
    Address Treasury,
    uint SequencingWindowL1Blocks,
    uint OutputIntervalBlocks,
    uint FinalityDelaySec,
    uint MaxSequencerDriftSec,
    Address Batcher)
{
    /// <summary>The largest drift a genesis may allow: one day.</summary>
    public const uint MaxSequencerDriftLimitSec = 86_400;

    /// <summary>Shortest block time a chain may have, in milliseconds.</summary>
    public const uint MinBlockTimeMs = 100;

    /// <summary>Longest block time a chain may have, in milliseconds.</summary>
    public const uint MaxBlockTimeMs = 60_000;
}
