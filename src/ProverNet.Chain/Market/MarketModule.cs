using ProverNet.Auction;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Market;

/// <summary>
/// The Market system address (docs/architecture.md §2 flows 4–7, docs/clearing-rule.md): orders, clearing, jobs and views over the world state.
/// Holds no state of its own beyond one block's environment, so it can be rebuilt at any time from the state. User
/// operations throw <see cref="ExecutionRevertedException"/> on failure, possibly after partial writes: the caller
/// restores its checkpoint. Escrow is not an account balance: it lives in open bids and assigned jobs.
/// </summary>
public sealed partial class MarketModule
{
    private readonly WorldState state;
    private readonly MessageOutbox outbox;
    private readonly MarketEnvironment environment;
    private readonly MarketCatalog catalog;
    private readonly MarketLedger ledger;
    private readonly StakeLocks locks;

    /// <summary>The Market over <paramref name="state"/> for one block.</summary>
    public MarketModule(WorldState state, MessageOutbox outbox, MarketEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(environment);
        this.state = state;
        this.outbox = outbox;
        this.environment = environment;
        catalog = new MarketCatalog(environment.Parameters);
        ledger = new MarketLedger(state);
        locks = new StakeLocks(state);
    }

    /// <summary><c>submitBid</c> / <c>submitCompositeBid</c>: validates, escrows <c>maxPricePerUnit × units</c> and opens the bid.</summary>
    /// <returns>The new bid's id.</returns>
    /// <exception cref="ExecutionRevertedException">The bid breaks a rule or the requester cannot pay the escrow.</exception>
    public ulong SubmitBid(Address requester, SubmitBidCall call, ICollection<LogEntry> logs)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(logs);
        var market = call.Composite ? MarketRef.Pipeline(call.MarketId) : MarketRef.Class(call.MarketId);
        var stages = OrderRules.StagesOfNewBid(catalog, market);
        OrderRules.CheckUnits(call.Units, stages);
        OrderRules.CheckPrice(call.MaxPricePerUnit, "maxPricePerUnit");
        var window = stages.Aggregate(0UL, (sum, stage) => sum + stage.ProvingWindowSec);
        var (deadline, expiry) = OrderRules.BidTimes(call.Deadline, call.Expiry, environment.BlockTime, window, OrderRules.Lifetime(stages));
        var escrow = new Amount(call.MaxPricePerUnit * call.Units);
        Charge(requester, escrow);

        var counters = ledger.TakeCounters(bids: 1, offers: 0, jobs: 0, seqs: 1);
        var bid = new BidRecord(
            counters.NextBidId, requester, market, call.Units, call.MaxPricePerUnit, deadline, expiry, counters.NextSeq,
            BidStatus.Open, call.VkHash, call.PublicInputsHash, escrow, call.InputUri);
        ledger.OpenBid(bid);
        logs.Add(MarketEvents.BidSubmitted(bid.Id, requester, call with { Deadline = deadline, Expiry = expiry }));
        return bid.Id;
    }

    /// <summary><c>submitOffer</c>: the sender must be an active prover whose free stake covers the class; locks the slot's stake.</summary>
    /// <returns>The new offer's id.</returns>
    /// <exception cref="ExecutionRevertedException">The offer breaks a rule or the prover is not eligible.</exception>
    public ulong SubmitOffer(Address prover, SubmitOfferCall call, ICollection<LogEntry> logs)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(logs);
        var marketClass = OrderRules.ClassOfNewOrder(catalog, call.ClassId);
        OrderRules.CheckPrice(call.AskPerUnit, "askPerUnit");
        var expiry = OrderRules.OfferExpiry(call.Expiry, environment.BlockTime, marketClass);
        var record = state.GetProver(prover) ?? throw new ExecutionRevertedException($"{prover} is not a registered prover");
        if (record.Status != ProverStatus.Active)
        {
            throw new ExecutionRevertedException($"prover {prover} is {record.Status}, not Active");
        }

        if (record.FreeStake < marketClass.MinProverStake)
        {
            throw new ExecutionRevertedException(
                $"prover {prover} has free stake {record.FreeStake} wei, class {marketClass.Id} needs {marketClass.MinProverStake} wei");
        }

        var locked = Shares.OfBps(marketClass.MinProverStake, marketClass.JobStakeBps);
        locks.Lock(prover, record, locked);
        var counters = ledger.TakeCounters(bids: 0, offers: 1, jobs: 0, seqs: 1);
        var offer = new OfferRecord(counters.NextOfferId, prover, call.ClassId, call.AskPerUnit, expiry, counters.NextSeq, OfferStatus.Open, locked);
        ledger.OpenOffer(offer);
        logs.Add(MarketEvents.OfferSubmitted(offer.Id, prover, call with { Expiry = expiry }, locked));
        return offer.Id;
    }

    /// <summary><c>cancelBid</c> (full refund) or <c>cancelOffer</c> (stake unlocked): only the owner, only an open order.</summary>
    /// <exception cref="ExecutionRevertedException">Unknown order, another account's, or no longer open.</exception>
    public void Cancel(Address sender, CancelOrderCall call, ICollection<LogEntry> logs)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(logs);
        if (call.Side == OrderSide.Bid)
        {
            var bid = ledger.FindBid(call.OrderId) ?? throw new ExecutionRevertedException($"unknown bid {call.OrderId}");
            CheckCancellable("bid", bid.Id, bid.Requester, sender, bid.Status == BidStatus.Open, bid.Status);
            RefundBid(bid, BidStatus.Cancelled, RefundReason.Cancelled, logs);
            return;
        }

        var offer = ledger.FindOffer(call.OrderId) ?? throw new ExecutionRevertedException($"unknown offer {call.OrderId}");
        CheckCancellable("offer", offer.Id, offer.Prover, sender, offer.Status == OfferStatus.Open, offer.Status);
        ReleaseOffer(offer, OfferStatus.Cancelled, OfferCloseReason.Cancelled, logs);
    }

    private static void CheckCancellable<TStatus>(string kind, ulong id, Address owner, Address sender, bool open, TStatus status)
        where TStatus : struct, Enum
    {
        if (owner != sender)
        {
            throw new ExecutionRevertedException($"{kind} {id} belongs to {owner}, not {sender}");
        }

        if (!open)
        {
            throw new ExecutionRevertedException($"{kind} {id} is {status}, not Open");
        }
    }

    private void Charge(Address requester, Amount escrow)
    {
        var balance = state.GetAccount(requester).Balance;
        if (balance < escrow)
        {
            throw new ExecutionRevertedException($"insufficient balance for escrow: {escrow} wei needed, {balance} wei available");
        }

        state.Debit(requester, escrow);
    }

    /// <summary>Closes an open bid with its whole escrow back to the requester.</summary>
    private void RefundBid(BidRecord bid, BidStatus status, RefundReason reason, ICollection<LogEntry> logs)
    {
        state.Credit(bid.Requester, bid.Escrow);
        ledger.CloseBid(bid with { Status = status, Escrow = Amount.Zero });
        logs.Add(MarketEvents.BidRefunded(bid.Id, bid.Requester, bid.Escrow, reason));
    }

    /// <summary>Closes an open offer and unlocks its stake.</summary>
    private void ReleaseOffer(OfferRecord offer, OfferStatus status, OfferCloseReason reason, ICollection<LogEntry> logs)
    {
        locks.Release(offer.Prover, offer.LockedStake);
        ledger.CloseOffer(offer with { Status = status });
        logs.Add(MarketEvents.OfferClosed(offer.Id, offer.Prover, reason));
    }
}
