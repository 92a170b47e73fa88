using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Newtonsoft.Json.Linq;
using ProverNet.Contracts;
using ProverNet.Node.Devnet;

namespace ProverNet.Node.Tests.Support;

/// <summary>A devnet's L1 with its contracts, as tests drive it: dev-account wallets, calls, deposits and anvil methods.</summary>
public sealed class DeployedL1(LocalL1 l1)
{
    /// <summary>The L1 chain id of every devnet anvil.</summary>
    public const ulong ChainId = 31337;

    /// <summary>anvil's URL.</summary>
    public string Url => l1.Anvil.RpcUrl.ToString();

    /// <summary>A wallet of dev account <paramref name="index"/>.</summary>
    public Web3 Wallet(int index) => new(new Account(DevAccounts.All[index].PrivateKey, ChainId), Url);

    /// <summary>Sends <paramref name="function"/> of contract <paramref name="contract"/> from dev account <paramref name="from"/> and waits for its receipt.</summary>
    public async Task<TransactionReceipt> SendAsync(int from, string contract, string function, params object[] arguments)
    {
        var receipt = await Contract(Wallet(from), contract).GetFunction(function)
            .SendTransactionAndWaitForReceiptAsync(DevAccounts.All[from].Address.ToString(), new HexBigInteger(1_000_000), null, null, arguments);
        Assert.True(receipt.Status.Value == 1, $"{contract}.{function} reverted on L1");
        return receipt;
    }

    /// <summary>Deposits <paramref name="amount"/> from dev account <paramref name="from"/> to <paramref name="recipient"/> on L2.</summary>
    public async Task<TransactionReceipt> DepositAsync(int from, string recipient, BigInteger amount)
    {
        await SendAsync(from, "BrevToken", "approve", l1.Deployment.Contracts["RollupBridge"].ToString(), amount);
        return await SendAsync(from, "RollupBridge", "deposit", amount, recipient);
    }

    /// <summary>Calls a view of a deployed contract.</summary>
    public Task<T> CallAsync<T>(string contract, string function, params object[] arguments) =>
        Contract(new Web3(Url), contract).GetFunction(function).CallAsync<T>(arguments);

    /// <summary>Calls an anvil method (snapshots, reverts, mining, impersonation).</summary>
    public Task<JToken> RequestAsync(string method, params object[] parameters) =>
        new Web3(Url).Client.SendRequestAsync<JToken>(new RpcRequest(1, method, parameters));

    /// <summary>The deployed contract <paramref name="name"/> through <paramref name="web3"/>.</summary>
    public Nethereum.Contracts.Contract Contract(Web3 web3, string name) =>
        web3.Eth.GetContract(ContractArtifacts.Load(name).Abi, l1.Deployment.Contracts[name].ToString());
}
