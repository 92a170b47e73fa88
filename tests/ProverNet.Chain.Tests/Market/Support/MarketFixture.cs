using System.Buffers.Binary;
using ProverNet.Auction;
using ProverNet.Chain.Genesis;
using ProverNet.Chain.Market;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.Market.Support;

/// <summary>
/// A MemoryStore-backed world state with a small genesis-like class table: class 1 (plain, window 60 s, min stake 1,000
/// wei, 10% locked per slot, R = 50), pipeline 7 = classes 2 (30 s) then 3 (40 s), class 4 disabled; slash 50%, fee 5%;
/// orders live at most <see cref="Lifetime"/> in every class.
/// </summary>
internal sealed class MarketFixture
{
    public const uint Plain = 1;
    public const uint StageA = 2;
    public const uint StageB = 3;
    public const uint Disabled = 4;
    public const uint PipelineId = 7;
    public const ulong StartTime = 1_000;

    /// <summary>Every class's <c>maxOrderLifetimeSec</c>: one hour.</summary>
    public const uint Lifetime = 3_600;

    public static readonly Address Treasury = Address.Parse("0x0000000000000000000000000000000000000b00");
    public static readonly Amount StartBalance = new(1_000_000);
    public static readonly Amount SlotLock = new(100);
    public static readonly Hash256 Vk = Keccak256.Hash([1]);
    public static readonly Hash256 Inputs = Keccak256.Hash([2]);

    private readonly SortedSet<Address> accounts = [];

    public MarketFixture(UInt128? plainReferencePrice = null, uint thickMinOrders = 8, uint intervalBlocks = 1)
    {
        State = new WorldState(Store);
        Outbox = new MessageOutbox(State);
        Parameters = new ProtocolParameters(
            MaxProofSize: 1024,
            MinSecurityBits: 100,
            SlashBps: 5_000,
            MarketFeeBps: 500,
            Auction: new AuctionParameters(intervalBlocks, new AuctionSettings(thickMinOrders, 1_250)),
            Gas: new GasSchedule(21_000, 4, 16, 50_000, 40_000, 20_000, 30_000, new Amount(1), new Amount(1), 8, 2),
            Classes:
            [
                Class(Plain, 60, plainReferencePrice ?? 50, maxUnits: 1_000),
                Class(StageA, 30, 50),
                Class(StageB, 40, 50),
                Class(Disabled, 60, 50) with { Enabled = false },
            ],
            Pipelines: [new PipelineTemplate(PipelineId, "chunk-wrap", [StageA, StageB])]);
    }

    public MemoryStore Store { get; } = new();

    /// <summary>Opens the committed state afresh, as a restarted node does: uncommitted changes and in-memory views are gone.</summary>
    public void Reopen()
    {
        State = new WorldState(Store);
        Outbox = new MessageOutbox(State);
    }

    public WorldState State { get; private set; }

    /// <summary>Commits the state into the store and returns the root.</summary>
    public Hash256 Commit()
    {
        var batch = Store.StartBatch();
        var root = State.Commit(batch);
        batch.Commit();
        State.Release();
        return root;
    }

    public MessageOutbox Outbox { get; private set; }

    public ProtocolParameters Parameters { get; set; }

    public List<LogEntry> Logs { get; } = [];

    public ulong BlockNumber { get; set; } = 1;

    public ulong BlockTime { get; set; } = StartTime;

    /// <summary>The L1 time the chain has seen; null: the block time, as on a chain that follows no L1.</summary>
    public ulong? L1Time { get; set; }

    public MarketModule Module => new(State, Outbox, new MarketEnvironment(BlockNumber, BlockTime, Parameters, Treasury, L1Time ?? BlockTime));

    public MarketLedger Ledger => new(State);

    public static MarketClass Class(uint id, uint window, UInt128 referencePrice, uint maxUnits = 100) =>
        new(id, $"class-{id}", "groth16-bn254", 1, maxUnits, window, Lifetime, new Amount(1_000), 1_000, 512, 128, referencePrice, true);

    public static Address AccountOf(int n, byte family = 0xaa)
    {
        var bytes = new byte[Address.Length];
        bytes[0] = family;
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), n);
        return new Address(bytes);
    }

    public Address Requester(int n)
    {
        var address = AccountOf(n);
        State.Credit(address, StartBalance);
        accounts.Add(address);
        return address;
    }

    public Address Prover(int n, ulong stake = 10_000, ulong? selfStake = null, ProverStatus status = ProverStatus.Active)
    {
        var address = AccountOf(n, family: 0xbb);
        State.SetProver(address, new ProverRecord(new Amount(stake), Amount.Zero, status, new Amount(selfStake ?? stake)));
        accounts.Add(address);
        return address;
    }

    public static SubmitBidCall BidCall(UInt128 price, uint units = 1, uint market = Plain, bool composite = false, ulong deadline = 0, ulong expiry = 0) =>
        new(composite, market, units, price, deadline, expiry, Vk, Inputs, "ipfs://in");

    public ulong Bid(Address requester, UInt128 price, uint units = 1, ulong expiry = 0) =>
        Module.SubmitBid(requester, BidCall(price, units, expiry: expiry), Logs);

    public ulong CompositeBid(Address requester, UInt128 price, uint units = 1) =>
        Module.SubmitBid(requester, BidCall(price, units, PipelineId, composite: true), Logs);

    public ulong Offer(Address prover, UInt128 ask, uint classId = Plain, ulong expiry = 0) =>
        Module.SubmitOffer(prover, new SubmitOfferCall(classId, ask, expiry), Logs);

    public RoundOutcome Clear() => Module.Clear(Logs) ?? throw new InvalidOperationException("no round ran");

    public Amount Balance(Address address) => State.GetAccount(address).Balance;

    public ProverRecord ProverOf(Address address) => State.GetProver(address)!.Value;

    public JobRecord Job(ulong id) => Ledger.FindJob(id)!.Value;

    public BidRecord BidRecord(ulong id) => Ledger.FindBid(id)!.Value;

    public OfferRecord OfferRecord(ulong id) => Ledger.FindOffer(id)!.Value;

    /// <summary>Balances of every account the fixture made, the treasury, open bids' escrow and assigned jobs' escrow.</summary>
    public UInt128 TotalHeld()
    {
        UInt128 total = Balance(Treasury).Wei;
        foreach (var account in accounts)
        {
            total += Balance(account).Wei;
        }

        foreach (var id in Ledger.OpenIds(OrderSide.Bid))
        {
            total += BidRecord(id).Escrow.Wei;
        }

        foreach (var id in Ledger.AssignedJobIds())
        {
            total += Job(id).Escrow.Wei;
        }

        return total;
    }

    /// <summary>Logs of one event, by its signature hash.</summary>
    public List<LogEntry> LogsOf(string signature)
    {
        var topic = EventTopics.Signature(signature);
        return Logs.Where(log => log.Topics[0] == topic).ToList();
    }
}
