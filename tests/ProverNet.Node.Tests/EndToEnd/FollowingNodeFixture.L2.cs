using System.Numerics;
using Nethereum.RPC.Eth.DTOs;
using Newtonsoft.Json.Linq;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Node.Devnet;

namespace ProverNet.Node.Tests.EndToEnd;

/// <summary>The fixture's L2 side: transactions signed by the dev accounts, and the L1 clock the chain derives from.</summary>
public sealed partial class FollowingNodeFixture
{
    public const ulong L2ChainId = 7351;

    /// <summary>Signs a transaction from dev account <paramref name="from"/> to <paramref name="to"/>, sends it to L2 and waits for its receipt.</summary>
    public async Task<TransactionReceipt> L2TransactAsync(int from, Address to, byte[] data, ulong gas = 500_000, ulong value = 0)
    {
        var signer = TransactionSigner.FromHex(DevAccounts.All[from].PrivateKey);
        var nonce = (ulong)(await L2.Eth.Transactions.GetTransactionCount.SendRequestAsync(signer.Address.ToString(), BlockParameter.CreatePending())).Value;
        var raw = signer.SignDynamicFee(L2ChainId, nonce, 1_000_000_000, 100_000_000_000, gas, to, value, data);
        var hash = await L2.Eth.Transactions.SendRawTransaction.SendRequestAsync(Hex.Encode(raw));
        TransactionReceipt? receipt = null;
        await WaitUntilAsync(async () => (receipt = await L2.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash)) is not null, $"the receipt of {hash}");
        return receipt!;
    }

    /// <summary>The timestamp of L1's newest block: the clock of governance and of proof deadlines.</summary>
    public async Task<ulong> L1TimeAsync() =>
        (ulong)(await new Nethereum.Web3.Web3(L1Url).Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest())).Timestamp.Value;

    /// <summary>Waits until L2's head has taken L1 block <paramref name="l1Block"/> (or a later one) as its origin.</summary>
    public Task WaitForOriginAsync(BigInteger l1Block, string what) =>
        WaitUntilAsync(
            async () => new Nethereum.Hex.HexTypes.HexBigInteger(((JObject)await L2RequestAsync("pn_syncStatus"))["headL1OriginNumber"]!.Value<string>()).Value >= l1Block,
            what);

    /// <summary>L2's <c>marketFeeBps</c> at the head, read through the IL2Params system contract.</summary>
    public async Task<BigInteger> L2MarketFeeBpsAsync() =>
        new Nethereum.Hex.HexTypes.HexBigInteger((string)(await L2RequestAsync(
            "eth_call",
            new JObject { ["to"] = ProverNet.Chain.SystemAddresses.Params.ToString(), ["data"] = Hex.Encode(Calldata("ParameterRegistry", "marketFeeBps")) },
            "latest"))!).Value;

    /// <summary>L2's mirror of <paramref name="prover"/> (<c>pn_getProver</c>).</summary>
    public async Task<JObject> ProverMirrorAsync(string prover) => (JObject)await L2RequestAsync("pn_getProver", prover);
}
