using ProverNet.Chain.Parameters;
using ProverNet.Core.Json;

namespace ProverNet.Chain.Genesis;

/// <summary>Reads the <c>params.gas</c> section of a genesis document, held to governance's rules (<see cref="ParameterRules.CheckGas"/>).</summary>
internal static class GasScheduleReader
{
    public static GasSchedule Read(JsonField gas) => ParametersReader.Checked(gas, field => ReadFields(field.AsObject()), ParameterRules.CheckGas);

    private static GasSchedule ReadFields(JsonObjectReader gas)
    {
        var schedule = new GasSchedule(
            Intrinsic: gas.Required("intrinsic").AsUInt64(),
            CalldataZeroByte: gas.Required("calldataZeroByte").AsUInt64(),
            CalldataNonZeroByte: gas.Required("calldataNonZeroByte").AsUInt64(),
            SubmitBid: gas.Required("submitBid").AsUInt64(),
            SubmitOffer: gas.Required("submitOffer").AsUInt64(),
            Cancel: gas.Required("cancel").AsUInt64(),
            Withdrawal: gas.Required("withdrawal").AsUInt64(),
            InitialBaseFee: gas.Required("initialBaseFee").AsAmount(),
            MinBaseFee: gas.Required("minBaseFee").AsAmount(),
            BaseFeeChangeDenominator: gas.Required("baseFeeChangeDenominator").AsUInt32(),
            ElasticityMultiplier: gas.Required("elasticityMultiplier").AsUInt32());
        gas.EnsureNoUnknownFields();
        return schedule;
    }
}
