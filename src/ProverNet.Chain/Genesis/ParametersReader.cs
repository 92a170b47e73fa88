using ProverNet.Auction;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Parameters;
using ProverNet.Core.Json;

namespace ProverNet.Chain.Genesis;

/// <summary>
/// Reads the <c>params</c> section of a genesis document. The fields are read for their types only; every bound and
/// cross-check is governance's own (<see cref="ParameterRules"/>), applied in the order governance would apply them —
/// globals, then each class, then each pipeline — so a chain cannot start where governance could never set it again.
/// </summary>
internal static class ParametersReader
{
    public static ProtocolParameters Read(JsonObjectReader parameters)
    {
        var empty = new ProtocolParameters(0, 0, 0, 0, new AuctionParameters(0, new AuctionSettings(0, 0)), GasScheduleReader.Read(parameters.Required("gas")), [], []);
        var maxProofSize = Checked(parameters.Required("maxProofSize"), field => field.AsUInt32(), value => ParameterRules.CheckMaxProofSize(value, empty));
        var minSecurityBits = Checked(parameters.Required("minSecurityBits"), field => field.AsUInt32(), value => ParameterRules.CheckMinSecurityBits(value, empty));
        var result = empty with
        {
            MaxProofSize = maxProofSize,
            MinSecurityBits = minSecurityBits,
            SlashBps = Checked(parameters.Required("slashBps"), field => field.AsUInt32(), ParameterRules.CheckSlashBps),
            MarketFeeBps = Checked(parameters.Required("marketFeeBps"), field => field.AsUInt32(), ParameterRules.CheckMarketFeeBps),
            Auction = Checked(parameters.Required("auction"), ReadAuction, ParameterRules.CheckAuction),
        };
        result = ReadClasses(parameters.Required("classes"), result);
        result = ReadPipelines(parameters.Required("pipelines"), result);
        parameters.EnsureNoUnknownFields();
        return result;
    }

    /// <summary>Reads <paramref name="field"/> with <paramref name="read"/> and holds it to <paramref name="check"/>; a broken rule names the field.</summary>
    public static T Checked<T>(JsonField field, Func<JsonField, T> read, Action<T> check)
    {
        var value = read(field);
        try
        {
            check(value);
        }
        catch (ExecutionRevertedException broken)
        {
            throw field.Fail(broken.Message);
        }

        return value;
    }

    private static AuctionParameters ReadAuction(JsonField field)
    {
        var auction = field.AsObject();
        var settings = new AuctionParameters(
            IntervalBlocks: auction.Required("intervalBlocks").AsUInt32(),
            Clearing: new AuctionSettings(
                ThickMarketMinOrders: auction.Required("thickMarketMinOrders").AsUInt32(),
                ReferenceStepBps: auction.Required("referenceStepBps").AsUInt32()));
        auction.EnsureNoUnknownFields();
        return settings;
    }

    private static ProtocolParameters ReadClasses(JsonField field, ProtocolParameters parameters) => ReadEntries(
        field, parameters, "class", ReadClass, ParameterRules.CheckClass, c => c.Id, p => p.Classes, (p, c) => p with { Classes = [.. p.Classes, c] });

    private static ProtocolParameters ReadPipelines(JsonField field, ProtocolParameters parameters) => ReadEntries(
        field, parameters, "pipeline", ReadPipeline, ParameterRules.CheckPipeline, p => p.Id, p => p.Pipelines, (p, pipeline) => p with { Pipelines = [.. p.Pipelines, pipeline] });

    // Each entry is checked against the parameters with the entries before it, as governance adds them one by one.
    private static ProtocolParameters ReadEntries<T>(
        JsonField field,
        ProtocolParameters parameters,
        string what,
        Func<JsonField, T> read,
        Action<T, ProtocolParameters> check,
        Func<T, uint> idOf,
        Func<ProtocolParameters, IReadOnlyList<T>> entriesOf,
        Func<ProtocolParameters, T, ProtocolParameters> add)
    {
        foreach (var item in field.AsArray())
        {
            var entry = Checked(item, read, candidate => check(candidate, parameters));
            var before = entriesOf(parameters);
            if (before.Count > 0 && idOf(before[^1]) >= idOf(entry))
            {
                throw item.Fail($"{what} ids must be unique and listed in ascending order");
            }

            parameters = add(parameters, entry);
        }

        return parameters;
    }

    private static MarketClass ReadClass(JsonField field)
    {
        var entry = field.AsObject();
        var marketClass = new MarketClass(
            Id: entry.Required("id").AsUInt32(),
            Name: entry.Required("name").AsString(),
            ProofSystem: entry.Required("proofSystem").AsString(),
            MinUnits: entry.Required("minUnits").AsUInt32(),
            MaxUnits: entry.Required("maxUnits").AsUInt32(),
            ProvingWindowSec: entry.Required("provingWindowSec").AsUInt32(),
            MaxOrderLifetimeSec: entry.Required("maxOrderLifetimeSec").AsUInt32(),
            MinProverStake: entry.Required("minProverStake").AsAmount(),
            JobStakeBps: entry.Required("jobStakeBps").AsUInt32(),
            MaxProofBytes: entry.Required("maxProofBytes").AsUInt32(),
            SecurityBits: entry.Required("securityBits").AsUInt32(),
            InitialReferencePrice: entry.Required("initialReferencePrice").AsAmount().Wei,
            Enabled: entry.Required("enabled").AsBoolean());
        entry.EnsureNoUnknownFields();
        return marketClass;
    }

    private static PipelineTemplate ReadPipeline(JsonField field)
    {
        var entry = field.AsObject();
        var pipeline = new PipelineTemplate(
            entry.Required("id").AsUInt32(),
            entry.Required("name").AsString(),
            [.. entry.Required("stages").AsArray().Select(stage => stage.AsUInt32())]);
        entry.EnsureNoUnknownFields();
        return pipeline;
    }
}
