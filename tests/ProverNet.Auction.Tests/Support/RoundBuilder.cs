using System.Buffers.Binary;
using ProverNet.Core;

namespace ProverNet.Auction.Tests.Support;

/// <summary>Builds rounds tersely: ids and seqs count up from 1 in call order, every order is its own account unless told.</summary>
internal sealed class RoundBuilder
{
    private readonly List<AuctionClass> classes = [];
    private readonly List<PipelineTemplate> pipelines = [];
    private readonly List<Bid> bids = [];
    private readonly List<Offer> offers = [];
    private ulong nextSeq = 1;

    public RoundBuilder(uint thickMarketMinOrders = 8, uint referenceStepBps = 1250)
    {
        Settings = new AuctionSettings(thickMarketMinOrders, referenceStepBps);
    }

    public AuctionSettings Settings { get; set; }

    public ulong BlockTime { get; set; } = 100;

    public static Address Account(uint number)
    {
        Span<byte> bytes = stackalloc byte[Address.Length];
        BinaryPrimitives.WriteUInt32BigEndian(bytes[16..], number);
        return new Address(bytes);
    }

    public RoundBuilder Class(uint id, UInt128 referencePrice)
    {
        classes.Add(new AuctionClass(id, referencePrice));
        return this;
    }

    public RoundBuilder Pipeline(uint id, params uint[] stages)
    {
        pipelines.Add(new PipelineTemplate(id, $"pipeline {id}", stages));
        return this;
    }

    public RoundBuilder Bid(UInt128 price, uint units = 1, uint classId = 0, uint? account = null, ulong expiry = ulong.MaxValue) =>
        AddBid(MarketRef.Class(classId), price, units, account, expiry);

    public RoundBuilder CompositeBid(uint pipelineId, UInt128 price, uint units = 1, uint? account = null) =>
        AddBid(MarketRef.Pipeline(pipelineId), price, units, account, ulong.MaxValue);

    public RoundBuilder Bids(params int[] prices)
    {
        foreach (var price in prices)
        {
            Bid((UInt128)price);
        }

        return this;
    }

    public RoundBuilder Offer(UInt128 ask, uint classId = 0, uint? account = null, ulong expiry = ulong.MaxValue)
    {
        var seq = nextSeq++;
        offers.Add(new Offer((ulong)offers.Count + 1, seq, classId, ask, expiry, Account(account ?? (uint)(1_000_000 + seq))));
        return this;
    }

    public RoundBuilder Offers(params int[] asks)
    {
        foreach (var ask in asks)
        {
            Offer((UInt128)ask);
        }

        return this;
    }

    public RoundInput Build() => new(BlockTime, Settings, [.. classes], [.. pipelines], [.. bids], [.. offers]);

    public RoundOutcome Clear() => TodaAuction.Clear(Build());

    private RoundBuilder AddBid(MarketRef market, UInt128 price, uint units, uint? account, ulong expiry)
    {
        var seq = nextSeq++;
        bids.Add(new Bid((ulong)bids.Count + 1, seq, market, units, price, expiry, Account(account ?? (uint)seq)));
        return this;
    }
}
