using System.Numerics;
using Nethereum.Hex.HexTypes;
using Newtonsoft.Json.Linq;
using ProverNet.Chain;
using ProverNet.Chain.Market;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Node.Devnet;

namespace ProverNet.Node.Tests.EndToEnd;

[Collection(FollowingNode.Name)]
public sealed class L1OutageTests(FollowingNodeFixture devnet)
{
    private const ulong L2ChainId = 7351;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task L1Down30SecondsUnderLoad_BlocksGoOnOnTheHeldOriginAndNothingIsLost()
    {
        const string recipient = "0x00000000000000000000000000000000000de9c3";
        var sent = new List<string>();
        var transfers = TransactionSigner.FromHex(DevAccounts.All[8].PrivateKey);
        var bids = TransactionSigner.FromHex(DevAccounts.All[9].PrivateKey);
        var transferNonce = await NonceAsync(transfers.Address);
        var bidNonce = await NonceAsync(bids.Address);
        var bid = MarketCalldataEncoder.Encode(new SubmitBidCall(false, 2, 1, 20_000_000_000_000_000, 0, 0, Hash256.Zero, Hash256.Zero, "ipfs://outage"));
        var headBefore = await HeadAsync();

        devnet.L1Link.Sever();
        var outage = System.Diagnostics.Stopwatch.StartNew();
        var deposit = await devnet.DepositAsync(6, recipient, 333); // on L1, which the node cannot see now
        while (outage.Elapsed < Outage)
        {
            sent.Add(await SendAsync(transfers.SignDynamicFee(L2ChainId, transferNonce++, 1_000_000_000, 100_000_000_000, 100_000, Address.Parse(recipient), 1, [])));
            sent.Add(await SendAsync(bids.SignDynamicFee(L2ChainId, bidNonce++, 1_000_000_000, 100_000_000_000, 500_000, SystemAddresses.Market, 0, bid)));
            await Task.Delay(200);
        }

        var status = (JObject)await devnet.L2RequestAsync("pn_syncStatus");
        Assert.False(status["l1Reachable"]!.Value<bool>());
        var heldOrigin = new HexBigInteger(status["headL1OriginNumber"]!.Value<string>()).Value;
        Assert.True(heldOrigin < deposit.BlockNumber.Value, "the node cannot have seen the deposit's L1 block");
        Assert.True(await HeadAsync() > headBefore + 60, "blocks must go on while L1 is down");
        Assert.True(await IncludedAsync(sent[0]), "transactions must be included while L1 is down (within the drift)");

        devnet.L1Link.Restore();
        await FollowingNodeFixture.WaitUntilAsync(async () => await devnet.L2BalanceAsync(recipient) == 333 + (sent.Count / 2), "the deposit and every transfer", seconds: 60);
        foreach (var hash in sent)
        {
            Assert.True(await IncludedAsync(hash), $"{hash} was lost");
        }

        var l1Head = (await new Nethereum.Web3.Web3(devnet.L1Url).Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        await FollowingNodeFixture.WaitUntilAsync(
            async () => new HexBigInteger(((JObject)await devnet.L2RequestAsync("pn_syncStatus"))["headL1OriginNumber"]!.Value<string>()).Value >= l1Head,
            "the origin catching up with L1");
    }

    private async Task<ulong> NonceAsync(Address address) => (ulong)(await devnet.L2.Eth.Transactions.GetTransactionCount.SendRequestAsync(address.ToString())).Value;

    private async Task<BigInteger> HeadAsync() => (await devnet.L2.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

    private async Task<string> SendAsync(byte[] raw) => await devnet.L2.Eth.Transactions.SendRawTransaction.SendRequestAsync(Hex.Encode(raw));

    private async Task<bool> IncludedAsync(string hash) => (await devnet.L2.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash))?.Status.Value == 1;
}
