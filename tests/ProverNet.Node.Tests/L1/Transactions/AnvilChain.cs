using System.Diagnostics;
using System.Numerics;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Newtonsoft.Json.Linq;
using ProverNet.Core;
using ProverNet.Node.Devnet;

namespace ProverNet.Node.Tests.L1.Transactions;

/// <summary>
/// An anvil of a test's own, and the test-only controls of it a transaction sender's tests need: mining on demand, the
/// mempool's content, dropping a transaction, reorganizing blocks away, a base fee of the test's choosing.
/// </summary>
public sealed class AnvilChain : IAsyncDisposable
{
    private readonly Web3 web3;

    private AnvilChain(AnvilProcess anvil)
    {
        Anvil = anvil;
        web3 = new Web3(anvil.RpcUrl.ToString());
    }

    /// <summary>The anvil process.</summary>
    public AnvilProcess Anvil { get; }

    /// <summary>Its JSON-RPC endpoint.</summary>
    public Uri RpcUrl => Anvil.RpcUrl;

    /// <summary>Starts anvil; with <paramref name="automine"/> false it mines only when told to.</summary>
    public static async Task<AnvilChain> StartAsync(bool automine)
    {
        var chain = new AnvilChain(await AnvilProcess.StartAsync(new AnvilOptions(), NullLogger.Instance, CancellationToken.None));
        if (!automine)
        {
            await chain.CallAsync<object>("evm_setAutomine", false);
        }

        return chain;
    }

    /// <summary>Mines <paramref name="blocks"/> blocks, with whatever of the mempool pays the base fee.</summary>
    public Task MineAsync(int blocks = 1) => CallAsync<object>("anvil_mine", Quantity(blocks));

    /// <summary>Removes <paramref name="hash"/> from the mempool, as a node that evicted it would.</summary>
    public Task DropAsync(Hash256 hash) => CallAsync<object>("anvil_dropTransaction", hash.ToString());

    /// <summary>Replaces the newest <paramref name="depth"/> blocks with as many empty ones: their transactions are gone.</summary>
    public Task ReorgAsync(int depth) => CallAsync<object>("anvil_reorg", depth, Array.Empty<object>());

    /// <summary>Puts <paramref name="runtimeCode"/> at <paramref name="account"/>.</summary>
    public Task SetCodeAsync(Address account, string runtimeCode) => CallAsync<object>("anvil_setCode", account.ToString(), runtimeCode);

    /// <summary>Sets the base fee of the next mined block.</summary>
    public Task SetNextBaseFeeAsync(BigInteger weiPerGas) => CallAsync<object>("anvil_setNextBlockBaseFeePerGas", Quantity(weiPerGas));

    /// <summary>Sends from an account anvil holds the key of, with the given fields (anvil signs).</summary>
    public async Task<Hash256> SendUnsignedAsync(object transaction) => Hash256.Parse(await CallAsync<string>("eth_sendTransaction", transaction));

    /// <summary>The mempool's pending transactions.</summary>
    public async Task<IReadOnlyList<PendingTransaction>> PendingAsync()
    {
        var content = await CallAsync<JObject>("txpool_content");
        return [.. ((JObject?)content["pending"] ?? []).Properties()
            .SelectMany(sender => ((JObject)sender.Value).Properties())
            .Select(entry => (JObject)entry.Value)
            .Select(transaction => new PendingTransaction(
                Hash256.Parse((string)transaction["hash"]!),
                (ulong)Parse((string)transaction["nonce"]!),
                Parse((string)transaction["maxFeePerGas"]!),
                Parse((string)transaction["maxPriorityFeePerGas"]!)))];
    }

    /// <summary>The receipt of <paramref name="hash"/>, or null.</summary>
    public Task<TransactionReceipt?> ReceiptAsync(Hash256 hash) => web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash.ToString())!;

    /// <summary>The transaction <paramref name="hash"/>, or null.</summary>
    public Task<Transaction?> TransactionAsync(Hash256 hash) => web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(hash.ToString())!;

    /// <summary>The account's nonce in the newest block.</summary>
    public async Task<ulong> NonceAsync(Address account) =>
        (ulong)(await web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(account.ToString(), BlockParameter.CreateLatest())).Value;

    /// <summary>The newest block's number.</summary>
    public async Task<ulong> HeadAsync() => (ulong)(await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

    /// <summary>Waits until <paramref name="condition"/> holds, failing the test after <paramref name="seconds"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, double seconds = 8)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed.TotalSeconds < seconds, $"not within {seconds} s: {what}");
            await Task.Delay(25);
        }
    }

    /// <summary>Waits until the mempool holds exactly one transaction, one other than <paramref name="except"/>, and returns it.</summary>
    public async Task<PendingTransaction> WaitForPendingAsync(Hash256? except = null)
    {
        PendingTransaction? found = null;
        await WaitUntilAsync(
            async () =>
            {
                var pending = await PendingAsync();
                found = pending.Count == 1 && pending[0].Hash != except ? pending[0] : null;
                return found is not null;
            },
            except is null ? "a transaction in the mempool" : $"a transaction other than {except} in the mempool");
        return found!.Value;
    }

    public ValueTask DisposeAsync() => Anvil.DisposeAsync();

    private Task<T> CallAsync<T>(string method, params object[] parameters) => web3.Client.SendRequestAsync<T>(method, null, parameters);

    private static string Quantity(BigInteger value) => new HexBigInteger(value).HexValue;

    private static BigInteger Parse(string quantity) => new HexBigInteger(quantity).Value;
}
