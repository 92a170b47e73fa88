using ProverNet.Chain.Genesis;
using ProverNet.Core;

namespace ProverNet.Chain.Market;

/// <summary>Everything one block's market work reads besides the state; the block processor builds it once per block.</summary>
/// <param name="BlockNumber">Number of the L2 block being executed.</param>
/// <param name="BlockTime">Its timestamp, seconds.</param>
/// <param name="Parameters">Governed parameters in force for the block.</param>
/// <param name="Treasury">Receives clearing surplus, market fees and slashed stake.</param>
/// <param name="L1Time">The L1 time the chain has seen (<see cref="Execution.BlockEnvironment.L1Time"/>): jobs fail by it.</param>
public sealed record MarketEnvironment(ulong BlockNumber, ulong BlockTime, ProtocolParameters Parameters, Address Treasury, ulong L1Time);
