using System.Collections.Immutable;
using ProverNet.Auction;
using ProverNet.Core;
using ProverNet.Core.Json;

namespace ProverNet.Node.Auction;

/// <summary>
/// Reads <c>provernet auction clear</c>'s input (format in src/ProverNet.Auction/README.md) strictly: unknown fields,
/// wrong kinds and out-of-range values fail with the field's path, e.g. <c>round.bids[3].units</c>.
/// </summary>
internal static class RoundInputReader
{
    private static readonly Amount MinPrice = new(1);
    private static readonly Amount MaxPrice = new(OrderBounds.MaxPricePerUnit);

    /// <summary>Parses a round document.</summary>
    /// <exception cref="JsonFieldException">The document is malformed; the exception names the field.</exception>
    public static AuctionRoundDocument Read(string json)
    {
        var root = JsonField.Parse(json, "round").AsObject();
        var blockTime = root.Required("blockTime").AsUInt64();
        var settings = ReadSettings(root.Optional("params"));
        var classes = root.Required("classes").AsArray().Select(ReadClass).ToImmutableArray();
        var pipelines = (root.Optional("pipelines")?.AsArray() ?? []).Select(ReadPipeline).ToImmutableArray();
        var bidFields = root.Required("bids").AsArray();
        var offerFields = root.Required("offers").AsArray();
        root.EnsureNoUnknownFields();

        var bidIds = IdMap(bidFields);
        var offerIds = IdMap(offerFields);
        var bids = bidFields.Select(field => ReadBid(field, bidIds)).ToImmutableArray();
        var offers = offerFields.Select(field => ReadOffer(field, offerIds)).ToImmutableArray();
        return new AuctionRoundDocument(new RoundInput(blockTime, settings, classes, pipelines, bids, offers), bidIds, offerIds);
    }

    private static AuctionSettings ReadSettings(JsonField? field)
    {
        if (field is not { } present)
        {
            return AuctionSettings.Default;
        }

        var reader = present.AsObject();
        var settings = new AuctionSettings(
            reader.Optional("thickMarketMinOrders")?.AsUInt32() ?? AuctionSettings.Default.ThickMarketMinOrders,
            reader.Optional("referenceStepBps")?.AsUInt32() ?? AuctionSettings.Default.ReferenceStepBps);
        reader.EnsureNoUnknownFields();
        return settings;
    }

    private static AuctionClass ReadClass(JsonField field)
    {
        var reader = field.AsObject();
        var auctionClass = new AuctionClass(
            reader.Required("id").AsUInt32(),
            reader.Required("referencePrice").AsAmount(MinPrice, MaxPrice).Wei,
            reader.Optional("minUnits")?.AsUInt32(1) ?? 1,
            reader.Optional("maxUnits")?.AsUInt32(1) ?? uint.MaxValue);
        reader.EnsureNoUnknownFields();
        return auctionClass;
    }

    private static PipelineTemplate ReadPipeline(JsonField field)
    {
        var reader = field.AsObject();
        var id = reader.Required("id").AsUInt32();
        var stages = reader.Required("stages").AsArray().Select(stage => stage.AsUInt32()).ToArray();
        var name = reader.Optional("name")?.AsString() ?? $"pipeline {id}";
        reader.EnsureNoUnknownFields();
        return new PipelineTemplate(id, name, stages);
    }

    private static OrderIdMap IdMap(IReadOnlyList<JsonField> orders) =>
        OrderIdMap.Create([.. orders.Select(order => order.AsObject().Required("id").AsString())], [.. orders.Select(order => order.Path)]);

    private static Bid ReadBid(JsonField field, OrderIdMap ids)
    {
        var reader = field.AsObject();
        var id = reader.Required("id").AsString();
        var seq = reader.Required("seq").AsUInt64();
        var classId = reader.Optional("class");
        var pipelineId = reader.Optional("pipeline");
        var market = (classId, pipelineId) switch
        {
            ({ } plain, null) => MarketRef.Class(plain.AsUInt32()),
            (null, { } composite) => MarketRef.Pipeline(composite.AsUInt32()),
            _ => throw field.Fail("a bid names exactly one of \"class\" and \"pipeline\""),
        };
        var bid = new Bid(
            ids.EngineId(id),
            seq,
            market,
            reader.Required("units").AsUInt32(1),
            reader.Required("maxPricePerUnit").AsAmount(MinPrice, MaxPrice).Wei,
            reader.Optional("expiry")?.AsUInt64() ?? ulong.MaxValue,
            reader.Optional("requester")?.AsAddress() ?? OwnAccount("bid", id));
        reader.EnsureNoUnknownFields();
        return bid;
    }

    private static Offer ReadOffer(JsonField field, OrderIdMap ids)
    {
        var reader = field.AsObject();
        var id = reader.Required("id").AsString();
        var offer = new Offer(
            ids.EngineId(id),
            reader.Required("seq").AsUInt64(),
            reader.Required("class").AsUInt32(),
            reader.Required("askPerUnit").AsAmount(MinPrice, MaxPrice).Wei,
            reader.Optional("expiry")?.AsUInt64() ?? ulong.MaxValue,
            reader.Optional("prover")?.AsAddress() ?? OwnAccount("offer", id));
        reader.EnsureNoUnknownFields();
        return offer;
    }

    /// <summary>
    /// An order without an account field is its own account: a stand-in address hashed from its book and id, which no
    /// other order shares and no real account can be made to hit.
    /// </summary>
    private static Address OwnAccount(string book, string id) =>
        new(Keccak256.Hash(System.Text.Encoding.UTF8.GetBytes($"provernet/auction-cli/{book}/{id}")).ToArray().AsSpan(12));
}
