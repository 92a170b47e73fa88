using ProverNet.Core;
using ProverNet.Core.Json;

namespace ProverNet.Chain.Genesis;

/// <summary>Reads the <c>params.gas</c> section of a genesis document.</summary>
internal static class GasScheduleReader
{
    private const ulong MaxOperationGas = 10_000_000;

    public static GasSchedule Read(JsonObjectReader gas)
    {
        var minBaseFeeField = gas.Required("minBaseFee");
        var schedule = new GasSchedule(
            Intrinsic: gas.Required("intrinsic").AsUInt64(1, MaxOperationGas),
            CalldataZeroByte: gas.Required("calldataZeroByte").AsUInt64(0, 1_000),
            CalldataNonZeroByte: gas.Required("calldataNonZeroByte").AsUInt64(0, 1_000),
            SubmitBid: gas.Required("submitBid").AsUInt64(0, MaxOperationGas),
            SubmitOffer: gas.Required("submitOffer").AsUInt64(0, MaxOperationGas),
            Cancel: gas.Required("cancel").AsUInt64(0, MaxOperationGas),
            Withdrawal: gas.Required("withdrawal").AsUInt64(0, MaxOperationGas),
            InitialBaseFee: gas.Required("initialBaseFee").AsAmount(new Amount(1), Amount.MaxValue),
            MinBaseFee: minBaseFeeField.AsAmount(new Amount(1), Amount.MaxValue),
            BaseFeeChangeDenominator: gas.Required("baseFeeChangeDenominator").AsUInt32(1, 1_000),
            ElasticityMultiplier: gas.Required("elasticityMultiplier").AsUInt32(1, 100));
        gas.EnsureNoUnknownFields();
        if (schedule.MinBaseFee > schedule.InitialBaseFee)
        {
            throw minBaseFeeField.Fail("must not exceed initialBaseFee");
        }

        return schedule;
    }
}
