using ProverNet.Core;

namespace ProverNet.Chain.Genesis;

/// <summary>Governed gas costs of L2 operations and the EIP-1559 base-fee settings.</summary>
/// <param name="Intrinsic">Gas every transaction pays.</param>
/// <param name="CalldataZeroByte">Gas per zero byte of calldata.</param>
/// <param name="CalldataNonZeroByte">Gas per non-zero byte of calldata.</param>
/// <param name="SubmitBid">Gas of a bid (plain or composite).</param>
/// <param name="SubmitOffer">Gas of an offer.</param>
/// <param name="Cancel">Gas of a bid or offer cancellation.</param>
/// <param name="Withdrawal">Gas of a withdrawal to L1.</param>
/// <param name="InitialBaseFee">Base fee per gas of block 1.</param>
/// <param name="MinBaseFee">Floor of the base fee per gas.</param>
/// <param name="BaseFeeChangeDenominator">EIP-1559: the base fee moves at most 1/this per block.</param>
/// <param name="ElasticityMultiplier">EIP-1559: gas limit divided by the gas target.</param>
public sealed record GasSchedule(
    ulong Intrinsic,
    ulong CalldataZeroByte,
    ulong CalldataNonZeroByte,
    ulong SubmitBid,
    ulong SubmitOffer,
    ulong Cancel,
    ulong Withdrawal,
    Amount InitialBaseFee,
    Amount MinBaseFee,
    uint BaseFeeChangeDenominator,
    uint ElasticityMultiplier);
