using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ProverNet.Chain;
using ProverNet.Chain.Execution;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Node.ChainView;
using ProverNet.Node.Devnet;
using ProverNet.Node.Mempool;
using ProverNet.Node.Rpc;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Tests.Support;
using ProverNet.Storage;

namespace ProverNet.Node.Tests.Rpc;

/// <summary>
/// <c>eth_sendRawTransaction</c> through HTTP into the real mempool: every rejection of the chain's rules comes back as
/// -32000 with a message that says what is wrong, and nothing is stored.
/// </summary>
public sealed class CallMethodsWithThePoolTests : IAsyncLifetime
{
    private const ulong ChainId = 7351;
    private static readonly HttpClient Http = new();
    private static readonly Address Someone = Address.Parse("0x00000000000000000000000000000000000000aa");
    private TransactionPool pool = null!;
    private RpcServer server = null!;

    public static TheoryData<string, string> Rejections() => new()
    {
        { "nonce too low", Hex.Encode(Sign(nonce: 0)) },
        { "invalid chain id", Hex.Encode(Sign(chainId: 1)) },
        { "max fee per gas less than block base fee", Hex.Encode(Sign(maxFee: 1)) },
        { "insufficient funds", Hex.Encode(Sign(value: UInt256.FromBigEndian(Hex.Decode("0x" + new string('f', 40))))) },
        { "no contract at", Hex.Encode(Sign(data: [1, 2, 3, 4])) },
        { "intrinsic gas too low", Hex.Encode(Sign(gasLimit: 21_000, to: SystemAddresses.Market, data: new byte[36])) },
        { "transaction underpriced: max priority fee per gas 0 is below the minimum tip of 1 wei", Hex.Encode(Sign(tip: 0)) },
        { "0x0000000000000000000000000000000000000b7e is a system address", Hex.Encode(Sign(to: Address.Parse("0x0000000000000000000000000000000000000b7e"))) },
        { "0x0000000000000000000000000000000000000b42 is a system address", Hex.Encode(Sign(to: Address.Parse("0x0000000000000000000000000000000000000b42"))) },
        { "rlp", "0x02c0" },
        { "type 0x05", "0x05c0" },
    };

    public async Task InitializeAsync()
    {
        var store = new MemoryStore();
        var processor = new BlockProcessor(store, NodeGenesis.Devnet);
        var chain = new CommittedChain(store, NodeGenesis.Devnet);
        pool = new TransactionPool(chain, new MempoolOptions());

        // Block 1 uses the requester's nonce 0, so that "nonce too low" has something to be too low against.
        var source = new QueueTransactionSource();
        source.Enqueue(Decode(Sign(nonce: 0)));
        processor.Produce(new BlockAttributes(1, default, []), source);
        server = await RpcServer.StartAsync(new RpcServerOptions { Port = 0 }, new RpcServices(chain, pool, new BlockFeed()), NullLoggerFactory.Instance, CancellationToken.None);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task SendRawTransaction_Refused_ServerErrorSayingWhyAndNothingStored(string says, string raw)
    {
        var error = (await SendAsync(raw)).GetProperty("error");

        Assert.Equal(RpcErrorCodes.ServerError, error.GetProperty("code").GetInt32());
        Assert.Contains(says, error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, pool.Count);
    }

    [Fact]
    public async Task SendRawTransaction_Valid_ReturnsItsHashAndPoolsIt()
    {
        var raw = Sign(nonce: 1);

        var response = await SendAsync(Hex.Encode(raw));

        Assert.Equal(Keccak256.Hash(raw).ToString(), response.GetProperty("result").GetString());
        Assert.Equal(1, pool.Count);
        Assert.Contains("already known", (await SendAsync(Hex.Encode(raw))).GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static byte[] Sign(
        ulong nonce = 1, ulong chainId = ChainId, ulong maxFee = 100_000_000_000, UInt256? value = null, byte[]? data = null, ulong gasLimit = 100_000, Address? to = null, ulong tip = 1)
        => TransactionSigner.FromHex(DevAccounts.All[4].PrivateKey).SignDynamicFee(chainId, nonce, tip, maxFee, gasLimit, to ?? Someone, value ?? 1UL, data ?? []);

    private static SignedTransaction Decode(byte[] raw) =>
        new TransactionDecoder(ChainId).TryDecode(raw, out var transaction, out var error) ? transaction : throw new InvalidOperationException(error.ToString());

    private async Task<JsonElement> SendAsync(string raw)
    {
        using var response = await Http.PostAsJsonAsync(server.HttpUrl, new { jsonrpc = "2.0", id = 1, method = "eth_sendRawTransaction", @params = new[] { raw } });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }
}
