using ProverNet.Chain.Market;
using ProverNet.Node.Mempool;

namespace ProverNet.Node.Rpc;

/// <summary>ProverNet's own methods: <c>pn_syncStatus</c> and <c>pn_getJob</c> (decoded, unlike the ABI view).</summary>
public static class ProverNetMethods
{
    /// <summary>Adds the methods to <paramref name="table"/>.</summary>
    public static void Register(RpcMethodTable table, ChainReader reader, ITransactionPool pool)
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

            // Until the batcher and the proposer report back, every sequenced block is all the node knows.
            w.WriteQuantity("unsafe", head.Number);
            w.WriteQuantity("safe", head.Number);
            w.WriteQuantity("finalized", head.Number);
            w.WriteQuantity("pendingTransactions", (ulong)pool.Count);
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
    }
}
