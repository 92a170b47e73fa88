using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.Blocks;
using Nethereum.RPC.Eth.Transactions;
using Nethereum.Web3;
using ProverNet.Core;
using ProverNet.Derivation;

namespace ProverNet.Node.L1;

/// <summary>
/// Derivation's window on a real L1 over Ethereum JSON-RPC, through Nethereum. Every call has a deadline; a failure to
/// connect, an RPC error or a late answer is an <see cref="L1UnavailableException"/>, which derivation retries, so an L1
/// outage never stops the node.
/// </summary>
public sealed class JsonRpcL1Source : IL1Source
{
    private readonly Web3 web3;
    private readonly TimeSpan callTimeout;

    /// <summary>Reads the L1 at <paramref name="rpcUrl"/>, giving each call at most <paramref name="callTimeout"/>.</summary>
    public JsonRpcL1Source(Uri rpcUrl, TimeSpan callTimeout)
    {
        ArgumentNullException.ThrowIfNull(rpcUrl);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(callTimeout, TimeSpan.Zero);
        web3 = new Web3(rpcUrl.ToString());
        this.callTimeout = callTimeout;
    }

    /// <summary>The number of the newest L1 block.</summary>
    /// <exception cref="L1UnavailableException">L1 did not answer.</exception>
    public Task<ulong> GetHeadNumberAsync(CancellationToken cancellationToken) =>
        CallAsync("eth_blockNumber", async () => (ulong)(await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>One JSON-RPC batch: <c>eth_blockNumber</c> and an <c>eth_getBlockByNumber</c> per block, in one HTTP request.</remarks>
    public Task<L1HeaderRange> GetHeadersAsync(ulong fromBlock, ulong toBlock, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(toBlock, fromBlock);
        return CallAsync(
            "eth_getBlockByNumber batch",
            async () =>
            {
                var batch = new RpcRequestResponseBatch();
                var head = new EthBlockNumber(web3.Client).CreateBatchItem(0);
                batch.BatchItems.Add(head);
                var byNumber = new EthGetBlockWithTransactionsHashesByNumber(web3.Client);
                var blocks = new List<RpcRequestResponseBatchItem<EthGetBlockWithTransactionsHashesByNumber, BlockWithTransactionHashes>>();
                for (var number = fromBlock; number <= toBlock; number++)
                {
                    var item = byNumber.CreateBatchItem(new HexBigInteger(number), blocks.Count + 1);
                    blocks.Add(item);
                    batch.BatchItems.Add(item);
                }

                await web3.Client.SendBatchRequestAsync(batch).ConfigureAwait(false);
                // An answer that does not decode, or is missing, counts as no answer: L1 is asked again, never half believed.
                if (batch.BatchItems.FirstOrDefault(item => item.HasError) is { } failed)
                {
                    throw new L1UnavailableException($"{failed.RpcRequestMessage.Method} in a batch: {failed.RpcError?.Message}");
                }

                if (head.Response is null)
                {
                    throw new L1UnavailableException("eth_blockNumber in a batch: no answer");
                }

                var headers = new List<L1BlockHeader>(blocks.Count);
                foreach (var item in blocks.TakeWhile(item => item.Response is not null))
                {
                    headers.Add(new L1BlockHeader(ToRef(item.Response), new L1LogsBloom(Hex.Decode(item.Response.LogsBloom))));
                }

                return new L1HeaderRange((ulong)head.Response.Value, headers);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<L1BlockRef?> GetBlockByNumberAsync(ulong number, CancellationToken cancellationToken) =>
        CallAsync(
            "eth_getBlockByNumber",
            async () =>
            {
                var block = await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(number)).ConfigureAwait(false);
                return block is null ? (L1BlockRef?)null : ToRef(block);
            },
            cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<L1Log>> GetLogsAsync(ulong fromBlock, ulong toBlock, IReadOnlyList<Address> addresses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var filter = new NewFilterInput
        {
            FromBlock = new BlockParameter(fromBlock),
            ToBlock = new BlockParameter(toBlock),
            Address = [.. addresses.Select(address => address.ToString())],
        };
        return CallAsync<IReadOnlyList<L1Log>>(
            "eth_getLogs",
            async () =>
            {
                var logs = await web3.Eth.Filters.GetLogs.SendRequestAsync(filter).ConfigureAwait(false);
                return [.. logs.Select(ToLog).OrderBy(log => (log.BlockNumber, log.LogIndex))];
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>One JSON-RPC batch of <c>eth_getTransactionByHash</c>.</remarks>
    public Task<IReadOnlyList<L1Transaction?>> GetTransactionsAsync(IReadOnlyList<Hash256> hashes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        return CallAsync<IReadOnlyList<L1Transaction?>>(
            "eth_getTransactionByHash batch",
            async () =>
            {
                var batch = new RpcRequestResponseBatch();
                var byHash = new EthGetTransactionByHash(web3.Client);
                var items = hashes.Select((hash, index) => byHash.CreateBatchItem(hash.ToString(), index)).ToList();
                items.ForEach(batch.BatchItems.Add);
                await web3.Client.SendBatchRequestAsync(batch).ConfigureAwait(false);
                if (batch.BatchItems.FirstOrDefault(item => item.HasError) is { } failed)
                {
                    throw new L1UnavailableException($"eth_getTransactionByHash in a batch: {failed.RpcError?.Message}");
                }

                return [.. items.Select(item => item.Response is { } transaction ? ToTransaction(transaction) : null)];
            },
            cancellationToken);
    }

    private static L1Transaction ToTransaction(Transaction transaction) => new(
        Hash256.Parse(transaction.TransactionHash),
        transaction.BlockNumber is { } number ? (ulong)number.Value : null,
        string.IsNullOrEmpty(transaction.BlockHash) ? null : Hash256.Parse(transaction.BlockHash),
        Address.Parse(transaction.From),
        string.IsNullOrEmpty(transaction.To) ? null : Address.Parse(transaction.To),
        Hex.Decode(transaction.Input ?? "0x"));

    private static L1BlockRef ToRef(Block block) =>
        new((ulong)block.Number.Value, Hash256.Parse(block.BlockHash), Hash256.Parse(block.ParentHash), (ulong)block.Timestamp.Value);

    private static L1Log ToLog(FilterLog log) => new(
        (ulong)log.BlockNumber.Value,
        Hash256.Parse(log.BlockHash),
        checked((uint)log.LogIndex.Value),
        Address.Parse(log.Address),
        [.. log.Topics.Select(topic => Hash256.Parse(topic.ToString()!))],
        Hex.Decode(log.Data),
        Hash256.Parse(log.TransactionHash));

    private async Task<T> CallAsync<T>(string method, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().WaitAsync(callTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new L1UnavailableException($"{method}: no answer from L1 within {callTimeout.TotalSeconds:0.#} s");
        }
        catch (Exception error) when (error is RpcClientUnknownException or RpcClientTimeoutException or RpcResponseException or RpcResponseBatchException or HttpRequestException)
        {
            throw new L1UnavailableException($"{method}: {error.Message}", error);
        }
    }
}
