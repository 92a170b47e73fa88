using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ProverNet.Core;

namespace ProverNet.Benchmarks.Load;

/// <summary>The few JSON-RPC calls a load run makes, over one pooled HttpClient: batched sends and block polling.</summary>
public sealed class RpcClient : IDisposable
{
    private readonly HttpClient http;

    /// <summary>Talks to <paramref name="url"/>.</summary>
    public RpcClient(Uri url)
    {
        http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Sends <paramref name="rawTransactions"/> as one JSON-RPC batch of eth_sendRawTransaction; returns how many were refused.</summary>
    public async Task<int> SendBatchAsync(IReadOnlyList<byte[]> rawTransactions, CancellationToken cancellationToken)
    {
        var body = new StringBuilder(rawTransactions.Count * 700).Append('[');
        for (var i = 0; i < rawTransactions.Count; i++)
        {
            body.Append(i == 0 ? string.Empty : ",")
                .Append("{\"jsonrpc\":\"2.0\",\"id\":").Append(i).Append(",\"method\":\"eth_sendRawTransaction\",\"params\":[\"")
                .Append(Hex.Encode(rawTransactions[i])).Append("\"]}");
        }

        using var document = await PostAsync(body.Append(']').ToString(), cancellationToken).ConfigureAwait(false);
        var refused = 0;
        foreach (var response in document.RootElement.EnumerateArray())
        {
            if (response.TryGetProperty("error", out _))
            {
                refused++;
            }
        }

        return refused;
    }

    /// <summary>The head block number.</summary>
    public async Task<ulong> BlockNumberAsync(CancellationToken cancellationToken)
    {
        using var document = await CallAsync("eth_blockNumber", "[]", cancellationToken).ConfigureAwait(false);
        return ParseQuantity(document.RootElement.GetProperty("result").GetString()!);
    }

    /// <summary>The transaction hashes of block <paramref name="number"/>.</summary>
    public async Task<IReadOnlyList<string>> BlockTransactionHashesAsync(ulong number, CancellationToken cancellationToken)
    {
        using var document = await CallAsync("eth_getBlockByNumber", $"[\"0x{number:x}\",false]", cancellationToken).ConfigureAwait(false);
        return [.. document.RootElement.GetProperty("result").GetProperty("transactions").EnumerateArray().Select(hash => hash.GetString()!)];
    }

    /// <summary>The unsafe and safe heads and, when the node batches, the L2 transactions and L1 gas its batches took.</summary>
    public async Task<(ulong Unsafe, ulong Safe, long Transactions, long L1Gas)> SyncStatusAsync(CancellationToken cancellationToken)
    {
        using var document = await CallAsync("pn_syncStatus", "[]", cancellationToken).ConfigureAwait(false);
        var status = document.RootElement.GetProperty("result");
        var posted = status.TryGetProperty("batcher", out var batcher)
            ? ((long)ParseQuantity(batcher.GetProperty("transactions").GetString()!), (long)ParseQuantity(batcher.GetProperty("l1GasUsed").GetString()!))
            : (0L, 0L);
        return (ParseQuantity(status.GetProperty("unsafe").GetString()!), ParseQuantity(status.GetProperty("safe").GetString()!), posted.Item1, posted.Item2);
    }

    /// <inheritdoc/>
    public void Dispose() => http.Dispose();

    private Task<JsonDocument> CallAsync(string method, string parameters, CancellationToken cancellationToken) =>
        PostAsync($"{{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"{method}\",\"params\":{parameters}}}", cancellationToken);

    private async Task<JsonDocument> PostAsync(string body, CancellationToken cancellationToken)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(new Uri(string.Empty, UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static ulong ParseQuantity(string hex) => ulong.Parse(hex.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
