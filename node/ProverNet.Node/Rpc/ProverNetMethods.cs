using System.Text.Json;
using ProverNet.Auction;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Market;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.State;
using ProverNet.Node.Batching;
using ProverNet.Node.L1;
using ProverNet.Node.Mempool;

namespace ProverNet.Node.Rpc;

/// <summary>
/// ProverNet's own methods: <c>pn_syncStatus</c>, <c>pn_getJob</c>, <c>pn_getProver</c> (the L2 mirror of an L1 prover) and <c>pn_getMarket</c> (decoded, unlike the ABI
/// views), <c>pn_outputAtBlock</c> and <c>pn_getMessageProof</c> (what a relayer needs for <c>RollupBridge.relayMessage</c>).
/// </summary>
public static class ProverNetMethods
{
    /// <summary>Adds the methods to <paramref name="table"/>.</summary>
    public static void Register(RpcMethodTable table, ChainReader reader, ITransactionPool pool, L1Follower? l1 = null, Batcher? batcher = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(pool);
        table.Add("pn_syncStatus", (p, w) =>
        {
            p.EnsureAtMost(0);
            var head = reader.Chain.Head;
            w.WriteStartObject();
            w.WriteQuantity("headNumber", head.Number);
            w.WriteHash("headHash", head.Hash);
            w.WriteQuantity("headTimestamp", head.Header.Timestamp);

            w.WriteQuantity("unsafe", head.Number);
            w.WriteQuantity("safe", reader.HeadOf(FinalityLevel.Safe));
            w.WriteQuantity("finalized", reader.HeadOf(FinalityLevel.Finalized));
            w.WriteQuantity("pendingTransactions", (ulong)pool.Count);
            WriteL1(w, head.Header.L1Origin, l1?.Status);
            if (batcher?.Stats is { } posted)
            {
                WriteBatcher(w, posted);
            }

            w.WriteEndObject();
        });
        table.Add("pn_getJob", (p, w) =>
        {
            p.EnsureAtMost(1);
            var id = p.Quantity(0, "jobId");
            if (new MarketLedger(reader.Chain.OpenState()).FindJob(id) is not { } job)
            {
                w.WriteNullValue();
                return;
            }

            w.WriteStartObject();
            w.WriteQuantity("id", job.Id);
            w.WriteQuantity("bidId", job.BidId);
            w.WriteQuantity("offerId", job.OfferId);
            w.WriteAddress("requester", job.Requester);
            w.WriteAddress("prover", job.Prover);
            w.WriteQuantity("classId", job.ClassId);
            w.WriteQuantity("stage", job.Stage);
            w.WriteQuantity("units", job.Units);
            w.WriteQuantity("buyerPricePerUnit", job.BuyerPricePerUnit);
            w.WriteQuantity("sellerPricePerUnit", job.SellerPricePerUnit);
            w.WriteQuantity("deadline", job.Deadline);
            w.WriteString("status", job.Status.ToString());
            w.WriteHash("vkHash", job.VkHash);
            w.WriteHash("publicInputsHash", job.PublicInputsHash);
            w.WriteQuantity("proverPay", job.ProverPay.Wei);
            w.WriteEndObject();
        });
        table.Add("pn_getProver", (p, w) =>
        {
            p.EnsureAtMost(1);
            var address = p.Address(0, "prover");
            if (reader.Chain.OpenState().GetProver(address) is not { } prover)
            {
                w.WriteNullValue();
                return;
            }

            w.WriteStartObject();
            w.WriteAddress("address", address);
            w.WriteString("status", prover.Status.ToString());
            w.WriteQuantity("stake", prover.Stake.Wei);
            w.WriteQuantity("selfStake", prover.SelfStake.Wei);
            w.WriteQuantity("lockedStake", prover.LockedStake.Wei);
            w.WriteQuantity("freeStake", prover.FreeStake.Wei);
            w.WriteQuantity("pendingSlash", prover.PendingSlash.Wei);
            w.WriteEndObject();
        });
        table.Add("pn_getMarket", (p, w) =>
        {
            var classId = p.Quantity(0, "classId");
            WriteMarket(reader, classId <= uint.MaxValue ? (uint)classId : throw new RpcException(RpcErrorCodes.InvalidParams, $"invalid argument 0: classId {classId} is not a uint32"), p, w);
        });
        table.Add("pn_outputAtBlock", (p, w) =>
        {
            p.EnsureAtMost(1);
            if (reader.Chain.Blocks.GetByNumber(p.Quantity(0, "blockNumber")) is not { } block)
            {
                w.WriteNullValue();
                return;
            }

            w.WriteStartObject();
            w.WriteQuantity("blockNumber", block.Number);
            w.WriteHash("outputRoot", OutputRoot.Of(block));
            w.WriteData("preimage", OutputRoot.Preimage(block));
            w.WriteHash("stateRoot", block.Header.StateRoot);
            w.WriteHash("messagesRoot", block.Header.MessagesRoot);
            w.WriteHash("blockHash", block.Hash);
            w.WriteEndObject();
        });
        table.Add("pn_getMessageProof", (p, w) => WriteMessageProof(reader, p.Quantity(0, "nonce"), p, w));
    }

    private static void WriteMarket(ChainReader reader, uint classId, RpcParams p, Utf8JsonWriter w)
    {
        p.EnsureAtMost(1);
        var state = reader.Chain.OpenState();
        if (ParametersStore.Read(state).Classes.FirstOrDefault(candidate => candidate.Id == classId) is not { } marketClass)
        {
            w.WriteNullValue();
            return;
        }

        var ledger = new MarketLedger(state);
        var open = ledger.Counts(MarketRef.Class(classId));
        w.WriteStartObject();
        w.WriteQuantity("classId", classId);
        w.WriteString("name", marketClass.Name);
        w.WriteString("proofSystem", marketClass.ProofSystem);
        w.WriteQuantity("minUnits", marketClass.MinUnits);
        w.WriteQuantity("maxUnits", marketClass.MaxUnits);
        w.WriteQuantity("provingWindowSec", marketClass.ProvingWindowSec);
        w.WriteQuantity("maxOrderLifetimeSec", marketClass.MaxOrderLifetimeSec);
        w.WriteQuantity("minProverStake", marketClass.MinProverStake.Wei);
        w.WriteQuantity("jobStakeBps", marketClass.JobStakeBps);
        w.WriteBoolean("enabled", marketClass.Enabled);
        w.WriteQuantity("referencePrice", ledger.ReferencePrice(marketClass));
        w.WriteQuantity("openBids", open.Bids);
        w.WriteQuantity("openOffers", open.Offers);
        w.WriteEndObject();
    }

    // The proof is against the head's messages root: the tree over every message sent so far.
    private static void WriteMessageProof(ChainReader reader, ulong nonce, RpcParams p, Utf8JsonWriter w)
    {
        p.EnsureAtMost(1);
        var head = reader.Chain.Head;
        var outbox = new MessageOutbox(reader.Chain.OpenState());
        if (nonce >= outbox.Count)
        {
            w.WriteNullValue();
            return;
        }

        var messages = new List<L2ToL1Message>();
        for (ulong next = 0; next < outbox.Count; next++)
        {
            messages.Add(outbox.Get(next)!.Value);
        }

        var tree = new MessagesMerkleTree(messages);
        var message = messages[(int)nonce];
        w.WriteStartObject();
        w.WriteQuantity("nonce", message.Nonce);
        w.WriteQuantity("kind", (byte)message.Kind);
        w.WriteAddress("target", message.Target);
        w.WriteQuantity("amount", message.Amount.Wei);
        w.WriteData("data", message.Data.Span);
        w.WriteHash("leaf", tree.LeafAt((int)nonce));
        w.WriteStartArray("proof");
        foreach (var sibling in tree.GetProof((int)nonce))
        {
            w.WriteStringValue(sibling.ToString());
        }

        w.WriteEndArray();
        w.WriteHash("messagesRoot", tree.Root);
        w.WriteQuantity("blockNumber", head.Number);
        w.WriteHash("outputRoot", OutputRoot.Of(head));
        w.WriteData("outputRootPreimage", OutputRoot.Preimage(head));
        w.WriteEndObject();
    }

    // The head's origin always; with a follower, how far behind L1 the head is and how following goes.
    // What the batcher posted since the node started: the L1 cost of the chain's data.
    private static void WriteBatcher(Utf8JsonWriter w, BatcherStats posted)
    {
        w.WriteStartObject("batcher");
        w.WriteQuantity("batches", (ulong)posted.Batches);
        w.WriteQuantity("frames", (ulong)posted.Frames);
        w.WriteQuantity("blocks", (ulong)posted.Blocks);
        w.WriteQuantity("transactions", (ulong)posted.Transactions);
        w.WriteQuantity("bytes", (ulong)posted.Bytes);
        w.WriteQuantity("l1GasUsed", (ulong)posted.GasUsed);
        w.WriteQuantity("lastPostedBlock", posted.LastPosted);
        w.WriteEndObject();
    }

    private static void WriteL1(Utf8JsonWriter w, L1Origin origin, L1SyncStatus? status)
    {
        w.WriteBoolean("followsL1", status is not null);
        w.WriteQuantity("headL1OriginNumber", origin.Number);
        w.WriteHash("headL1OriginHash", origin.Hash);
        w.WriteQuantity("headL1OriginTimestamp", origin.Timestamp);
        if (status is null)
        {
            return;
        }

        if (status.L1Head is { } l1Head)
        {
            w.WriteQuantity("l1Head", l1Head);
            w.WriteQuantity("l1BlocksBehind", l1Head > origin.Number ? l1Head - origin.Number : 0);
        }
        else
        {
            w.WriteNull("l1Head");
            w.WriteNull("l1BlocksBehind");
        }

        w.WriteQuantity("l1Fetched", status.LastFetched);
        w.WriteBoolean("l1Reachable", status.Reachable);
        w.WriteQuantity("skippedL1Logs", (ulong)status.SkippedLogs);
        w.WriteQuantity("l1Reorgs", (ulong)status.Reorgs);
    }
}
