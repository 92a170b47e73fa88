using ProverNet.Chain.Parameters;
using ProverNet.Core;
using ProverNet.Core.Json;

namespace ProverNet.Chain.Genesis;

/// <summary>Reads the <c>params.gas</c> section of a genesis document, within the bounds governance holds it to (<see cref="GasScheduleBounds"/>).</summary>
internal static class GasScheduleReader
{
    public static GasSchedule Read(JsonObjectReader gas)
    {
        var minBaseFeeField = gas.Required("minBaseFee");
        var zeroByte = gas.Required("calldataZeroByte").AsUInt64(1, GasScheduleBounds.MaxCalldataByteGas);
        var schedule = new GasSchedule(
            Intrinsic: gas.Required("intrinsic").AsUInt64(GasScheduleBounds.MinIntrinsicGas, GasScheduleBounds.MaxIntrinsicGas),
            CalldataZeroByte: zeroByte,
            CalldataNonZeroByte: gas.Required("calldataNonZeroByte").AsUInt64(zeroByte, GasScheduleBounds.MaxCalldataByteGas),
            SubmitBid: gas.Required("submitBid").AsUInt64(1, GasScheduleBounds.MaxOperationGas),
            SubmitOffer: gas.Required("submitOffer").AsUInt64(1, GasScheduleBounds.MaxOperationGas),
            Cancel: gas.Required("cancel").AsUInt64(1, GasScheduleBounds.MaxOperationGas),
            Withdrawal: gas.Required("withdrawal").AsUInt64(1, GasScheduleBounds.MaxOperationGas),
            InitialBaseFee: gas.Required("initialBaseFee").AsAmount(new Amount(1), Amount.MaxValue),
            MinBaseFee: minBaseFeeField.AsAmount(new Amount(1), Amount.MaxValue),
            BaseFeeChangeDenominator: gas.Required("baseFeeChangeDenominator").AsUInt32(1, GasScheduleBounds.MaxBaseFeeChangeDenominator),
            ElasticityMultiplier: gas.Required("elasticityMultiplier").AsUInt32(1, GasScheduleBounds.MaxElasticityMultiplier));
        gas.EnsureNoUnknownFields();
        if (schedule.MinBaseFee > schedule.InitialBaseFee)
        {
            throw minBaseFeeField.Fail("must not exceed initialBaseFee");
        }

        return schedule;
    }
}
