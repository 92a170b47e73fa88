using ProverNet.Auction;
using ProverNet.Chain.Parameters;
using ProverNet.Core;
using ProverNet.Core.Json;

namespace ProverNet.Chain.Genesis;

/// <summary>Reads and cross-checks the <c>params</c> section of a genesis document.</summary>
internal static class ParametersReader
{
    public static ProtocolParameters Read(JsonObjectReader parameters)
    {
        // Governance's bounds (ParameterBounds), not looser ones: a chain must not start where governance cannot return.
        var maxProofSize = parameters.Required("maxProofSize").AsUInt32(ParameterBounds.MinProofSize, ParameterBounds.MaxProofSize);
        var minSecurityBits = parameters.Required("minSecurityBits").AsUInt32(ParameterBounds.MinSecurityBits, ParameterBounds.MaxSecurityBits);
        var result = new ProtocolParameters(
            MaxProofSize: maxProofSize,
            MinSecurityBits: minSecurityBits,
            SlashBps: parameters.Required("slashBps").AsUInt32(0, ParameterBounds.MaxSlashBps),
            MarketFeeBps: parameters.Required("marketFeeBps").AsUInt32(0, ParameterBounds.MaxMarketFeeBps),
            Auction: ReadAuction(parameters.Required("auction").AsObject()),
            Gas: GasScheduleReader.Read(parameters.Required("gas").AsObject()),
            Classes: ReadClasses(parameters.Required("classes"), maxProofSize, minSecurityBits),
            Pipelines: []);
        result = result with { Pipelines = ReadPipelines(parameters.Required("pipelines"), result.Classes) };
        parameters.EnsureNoUnknownFields();
        return result;
    }

    private static AuctionParameters ReadAuction(JsonObjectReader auction)
    {
        var settings = new AuctionParameters(
            IntervalBlocks: auction.Required("intervalBlocks").AsUInt32(1, ParameterBounds.MaxAuctionIntervalBlocks),
            Clearing: new AuctionSettings(
                ThickMarketMinOrders: auction.Required("thickMarketMinOrders").AsUInt32(1, ParameterBounds.MaxThickMarketMinOrders),
                ReferenceStepBps: auction.Required("referenceStepBps").AsUInt32(1, ParameterBounds.MaxReferenceStepBps)));
        auction.EnsureNoUnknownFields();
        return settings;
    }

    private static List<MarketClass> ReadClasses(JsonField field, uint maxProofSize, uint minSecurityBits)
    {
        var classes = new List<MarketClass>();
        foreach (var item in field.AsArray())
        {
            var entry = item.AsObject();
            var idField = entry.Required("id");
            var id = idField.AsUInt32(1); // 0 is reserved
            var minUnitsField = entry.Required("minUnits");
            var minUnits = minUnitsField.AsUInt32(1);
            var marketClass = new MarketClass(
                Id: id,
                Name: entry.Required("name").AsString(),
                ProofSystem: entry.Required("proofSystem").AsString(),
                MinUnits: minUnits,
                MaxUnits: entry.Required("maxUnits").AsUInt32(minUnits),
                ProvingWindowSec: entry.Required("provingWindowSec").AsUInt32(1),
                MaxOrderLifetimeSec: entry.Required("maxOrderLifetimeSec").AsUInt32(OrderLifetimeBounds.MinSec, OrderLifetimeBounds.MaxSec),
                MinProverStake: entry.Required("minProverStake").AsAmount(),
                JobStakeBps: entry.Required("jobStakeBps").AsUInt32(0, Bps.Whole),
                MaxProofBytes: entry.Required("maxProofBytes").AsUInt32(1, maxProofSize),
                SecurityBits: entry.Required("securityBits").AsUInt32(minSecurityBits, ParameterBounds.MaxSecurityBits),
                InitialReferencePrice: entry.Required("initialReferencePrice").AsAmount(new Amount(1), new Amount(OrderBounds.MaxPricePerUnit)).Wei,
                Enabled: entry.Required("enabled").AsBoolean());
            entry.EnsureNoUnknownFields();
            if (classes.Count > 0 && classes[^1].Id >= id)
            {
                throw idField.Fail("class ids must be unique and listed in ascending order");
            }

            classes.Add(marketClass);
        }

        if (classes.Count > ParameterBounds.MaxEntries)
        {
            throw field.Fail($"at most {ParameterBounds.MaxEntries} classes, as governance allows");
        }

        return classes;
    }

    private static List<PipelineTemplate> ReadPipelines(JsonField field, IReadOnlyList<MarketClass> classes)
    {
        var pipelines = new List<PipelineTemplate>();
        foreach (var item in field.AsArray())
        {
            var entry = item.AsObject();
            var idField = entry.Required("id");
            var id = idField.AsUInt32(1); // 0 is reserved
            var name = entry.Required("name").AsString();
            var stagesField = entry.Required("stages");
            var stages = new List<uint>();
            var stageFields = stagesField.AsArray();
            if (stageFields.Count < 2 || stageFields.Count > ParameterValues.MaxPipelineStages)
            {
                throw stagesField.Fail($"a pipeline has at least two stages and at most {ParameterValues.MaxPipelineStages}");
            }

            foreach (var stage in stageFields)
            {
                var classId = stage.AsUInt32();
                if (!classes.Any(c => c.Id == classId))
                {
                    throw stage.Fail($"class {classId} is not defined in params.classes");
                }

                if (stages.Contains(classId) || pipelines.Exists(p => p.Stages.Contains(classId)))
                {
                    throw stage.Fail($"class {classId} already serves a pipeline stage; stage classes serve one stage of one pipeline");
                }

                stages.Add(classId);
            }

            entry.EnsureNoUnknownFields();
            if (pipelines.Count > 0 && pipelines[^1].Id >= id)
            {
                throw idField.Fail("pipeline ids must be unique and listed in ascending order");
            }

            pipelines.Add(new PipelineTemplate(id, name, stages));
        }

        if (pipelines.Count > ParameterBounds.MaxEntries)
        {
            throw field.Fail($"at most {ParameterBounds.MaxEntries} pipelines, as governance allows");
        }

        return pipelines;
    }
}
