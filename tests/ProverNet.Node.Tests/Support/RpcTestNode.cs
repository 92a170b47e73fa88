using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ProverNet.Chain;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Market;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Node.ChainView;
using ProverNet.Node.Devnet;
using ProverNet.Node.Rpc;
using ProverNet.Node.Sequencing;
using ProverNet.Storage;

namespace ProverNet.Node.Tests.Support;

/// <summary>
/// A devnet chain in memory with two produced blocks — block 1 holds a bid (class 2) and a value transfer from a
/// requester — served by an <see cref="RpcServer"/> on a free loopback port, with a fake pool.
/// </summary>
public sealed class RpcTestNode : IAsyncLifetime
{
    public const ulong MaxFee = 100_000_000_000;
    public const ulong Tip = 100_000_000;
    public static readonly Address Recipient = Address.Parse("0x00000000000000000000000000000000000000aa");

    private static readonly HttpClient Http = new();
    private RpcServer? server;

    public RpcTestNode()
    {
        Store = new MemoryStore();
        Processor = new BlockProcessor(Store, NodeGenesis.Devnet);
        Chain = new CommittedChain(Store, NodeGenesis.Devnet);
        Pool = new FakeTransactionPool(Chain);
        var provers = NodeGenesis.Devnet.Provers.Select(prover => prover.Address).ToList();
        Requester = DevAccounts.All.Select(account => TransactionSigner.FromHex(account.PrivateKey))
            .First(signer => !provers.Contains(signer.Address) && signer.Address != NodeGenesis.Devnet.Rollup.Sequencer);
        Options = new RpcServerOptions { Port = 0, MaxRequestBytes = 64 * 1024, MaxBatch = 10, MaxLogBlockRange = 2 };
    }

    public MemoryStore Store { get; }

    public BlockProcessor Processor { get; }

    public CommittedChain Chain { get; }

    public FakeTransactionPool Pool { get; }

    public BlockFeed Feed { get; } = new();

    public TransactionSigner Requester { get; }

    public RpcServerOptions Options { get; }

    public RpcServer Server => server ?? throw new InvalidOperationException("not started");

    public ProcessedBlock BidBlock { get; private set; } = null!;

    public SignedTransaction Bid { get; private set; } = null!;

    public SignedTransaction Transfer { get; private set; } = null!;

    public static SubmitBidCall SampleBid(uint units = 2) =>
        new(false, 2, units, 20_000_000_000_000_000, 0, 0, Hash256.Zero, Keccak256.Hash([1, 2, 3]), "ipfs://input");

    public async Task InitializeAsync()
    {
        var source = new QueueTransactionSource();
        Bid = Sign(Requester, 0, SystemAddresses.Market, UInt256.Zero, MarketCalldataEncoder.Encode(SampleBid()));
        Transfer = Sign(Requester, 1, Recipient, 1_000UL, []);
        source.Enqueue(Bid);
        source.Enqueue(Transfer);
        BidBlock = Processor.Produce(new BlockAttributes(1_700_000_000, default, []), source);
        Processor.Produce(new BlockAttributes(1_700_000_002, default, []), EmptyTransactionSource.Instance);
        server = await RpcServer.StartAsync(Options, new RpcServices(Chain, Pool, Feed), NullLoggerFactory.Instance, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    public SignedTransaction Sign(TransactionSigner signer, ulong nonce, Address to, UInt256 value, byte[] data)
    {
        var raw = signer.SignDynamicFee(Chain.Genesis.ChainId, nonce, Tip, MaxFee, 300_000, to, value, data);
        return new TransactionDecoder(Chain.Genesis.ChainId).TryDecode(raw, out var transaction, out var error)
            ? transaction
            : throw new InvalidOperationException(error.ToString());
    }

    /// <summary>Posts <paramref name="body"/> and parses the answer.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(Server.HttpUrl, content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Calls <paramref name="method"/> with <paramref name="parameters"/> (a JSON array text) and returns the response object.</summary>
    public async Task<JsonElement> CallAsync(string method, string parameters = "[]")
    {
        var (status, body) = await PostAsync($$"""{"jsonrpc":"2.0","id":7,"method":"{{method}}","params":{{parameters}}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(7, body.GetProperty("id").GetInt32());
        return body;
    }

    /// <summary>The result of a call that must succeed.</summary>
    public async Task<JsonElement> ResultAsync(string method, string parameters = "[]")
    {
        var response = await CallAsync(method, parameters);
        Assert.False(response.TryGetProperty("error", out var error), error.ToString());
        return response.GetProperty("result");
    }

    /// <summary>The error of a call that must fail.</summary>
    public async Task<(int Code, string Message)> ErrorAsync(string method, string parameters = "[]")
    {
        var response = await CallAsync(method, parameters);
        Assert.True(response.TryGetProperty("error", out var error), $"expected an error, got {response}");
        return (error.GetProperty("code").GetInt32(), error.GetProperty("message").GetString()!);
    }
}
