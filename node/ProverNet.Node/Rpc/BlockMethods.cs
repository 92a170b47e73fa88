using System.Text.Json;
using ProverNet.Core;
using ProverNet.Node.Mempool;

namespace ProverNet.Node.Rpc;

/// <summary>Blocks, transactions and receipts: <c>null</c> for what is unknown, as Ethereum clients expect.</summary>
public static class BlockMethods
{
    /// <summary>Adds the methods to <paramref name="table"/>.</summary>
    public static void Register(RpcMethodTable table, ChainReader reader, ITransactionPool pool)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(pool);
        var chainId = reader.Chain.Genesis.ChainId;
        var miner = reader.Chain.Genesis.Rollup.Sequencer;
        table.Add("eth_getBlockByNumber", (p, w) =>
        {
            p.EnsureAtMost(2);
            WriteBlock(w, reader, reader.Find(p.Block(0, "block")), p.Bool(1, "fullTransactions"), miner, chainId);
        });
        table.Add("eth_getBlockByHash", (p, w) =>
        {
            p.EnsureAtMost(2);
            var hash = p.Hash(0, "blockHash");
            WriteBlock(w, reader, reader.Chain.Blocks.GetByHash(hash), p.Bool(1, "fullTransactions"), miner, chainId);
        });
        table.Add("eth_getBlockTransactionCountByNumber", (p, w) =>
        {
            p.EnsureAtMost(1);
            WriteCount(w, reader.Find(p.Block(0, "block"))?.Body.TransactionCount);
        });
        table.Add("eth_getBlockTransactionCountByHash", (p, w) =>
        {
            p.EnsureAtMost(1);
            WriteCount(w, reader.Chain.Blocks.GetByHash(p.Hash(0, "blockHash"))?.Body.TransactionCount);
        });
        table.Add("eth_getTransactionByHash", (p, w) =>
        {
            p.EnsureAtMost(1);
            var hash = p.Hash(0, "transactionHash");
            if (FindIncluded(reader, hash) is { } included)
            {
                TransactionJson.Write(w, included, chainId);
            }
            else if (pool.Find(hash) is { } pending)
            {
                TransactionJson.WriteUser(w, pending, block: null, index: 0, effectiveGasPrice: null);
            }
            else
            {
                w.WriteNullValue();
            }
        });
        table.Add("eth_getTransactionReceipt", (p, w) =>
        {
            p.EnsureAtMost(1);
            if (FindIncluded(reader, p.Hash(0, "transactionHash")) is { } included)
            {
                ReceiptJson.Write(w, included, reader.ReceiptsOf(included.Block));
            }
            else
            {
                w.WriteNullValue();
            }
        });
    }

    private static IncludedTransaction? FindIncluded(ChainReader reader, Hash256 hash)
    {
        if (reader.Chain.Blocks.FindTransaction(hash) is not { } location || reader.Chain.Blocks.GetByNumber(location.BlockNumber) is not { } block)
        {
            return null;
        }

        return IncludedTransaction.At(block, reader.ReceiptsOf(block), location.Index, reader.Chain.Genesis.ChainId);
    }

    private static void WriteBlock(Utf8JsonWriter writer, ChainReader reader, Chain.Blocks.Block? block, bool full, Address miner, ulong chainId)
    {
        if (block is null)
        {
            writer.WriteNullValue();
            return;
        }

        BlockJson.Write(writer, block, reader.LogsBloomOf(block), full ? reader.ReceiptsOf(block) : null, miner, chainId);
    }

    private static void WriteCount(Utf8JsonWriter writer, int? count)
    {
        if (count is { } value)
        {
            writer.WriteStringValue(RpcJson.Quantity((ulong)value));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
