using ProverNet.Core;

namespace ProverNet.Chain.Blocks;

/// <summary>
/// The L1 block an L2 block was derived against: its deposits and L1 events up to this block are included, and a
/// reorg of this L1 block invalidates the L2 block. Its time is carried too, so that the rules that depend on L1 time
/// (how far L2 may run ahead, whether a proof came by its deadline) need nothing but the chain itself.
/// </summary>
/// <param name="Number">The L1 block number.</param>
/// <param name="Hash">The L1 block hash.</param>
/// <param name="Timestamp">The L1 block's timestamp, seconds.</param>
public readonly record struct L1Origin(ulong Number, Hash256 Hash, ulong Timestamp);
