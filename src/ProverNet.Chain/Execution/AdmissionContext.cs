using ProverNet.Chain.Genesis;
using ProverNet.Core;

namespace ProverNet.Chain.Execution;

/// <summary>What admission checks a transaction against: the chain and the block it would enter.</summary>
/// <param name="ChainId">ProverNet's L2 chain id.</param>
/// <param name="BaseFee">The block's base fee per gas.</param>
/// <param name="BlockGasLimit">The block's gas limit.</param>
/// <param name="Gas">The governed gas schedule.</param>
public sealed record AdmissionContext(ulong ChainId, Amount BaseFee, ulong BlockGasLimit, GasSchedule Gas);
