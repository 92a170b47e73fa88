using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Newtonsoft.Json.Linq;
using ProverNet.Core;
using ProverNet.Chain.Receipts;
using ProverNet.Node.Devnet;

namespace ProverNet.Node.Tests.EndToEnd;

[Collection(FollowingNode.Name)]
public sealed class MalformedL1LogTests(FollowingNodeFixture devnet)
{
    [Fact]
    public async Task MalformedInputEvent_FromAFollowedContract_IsSkippedCountedAndTheChainGoesOn()
    {
        // For one transaction the verifier's address runs code that emits a ProofVerified log with one topic missing
        // (what a contract bug would emit), then gets its own code back; its storage is untouched meanwhile.
        var verifier = devnet.L1.Deployment.Contracts["ProofVerifier"].ToString();
        var original = (string)(await devnet.L1RequestAsync("eth_getCode", verifier, "latest"))!;
        var before = await SyncStatusAsync();
        TransactionReceipt emitted;
        await devnet.L1RequestAsync("anvil_setCode", verifier, Hex.Encode(Log2Code(EventTopics.Signature("ProofVerified(uint256,address,bytes32,bytes32)"), Hash256.Parse("0x" + new string('7', 64)))));
        try
        {
            var sender = DevAccounts.All[6].Address.ToString();
            var web3 = devnet.L1Wallet(6);
            emitted = await web3.Eth.TransactionManager.SendTransactionAndWaitForReceiptAsync(
                new TransactionInput { From = sender, To = verifier, Gas = new HexBigInteger(100_000), Data = "0x" });
        }
        finally
        {
            await devnet.L1RequestAsync("anvil_setCode", verifier, original);
        }

        Assert.Single(emitted.Logs);
        await devnet.WaitForOriginAsync(emitted.BlockNumber.Value, "L2 to take the malformed log's L1 block as origin");
        var after = await SyncStatusAsync();
        Assert.Equal(Quantity(before, "skippedL1Logs") + 1, Quantity(after, "skippedL1Logs"));
        var l2Head = Quantity(after, "headNumber");
        await FollowingNodeFixture.WaitUntilAsync(async () => Quantity(await SyncStatusAsync(), "headNumber") > l2Head + 4, "L2 blocks after the skipped log");
        Assert.Equal(original, (string)(await devnet.L1RequestAsync("eth_getCode", verifier, "latest"))!);
    }

    // PUSH32 topic1, PUSH32 topic0, PUSH1 0 (size), PUSH1 0 (offset), LOG2, STOP.
    private static byte[] Log2Code(Hash256 topic0, Hash256 topic1) =>
        [0x7f, .. topic1.ToArray(), 0x7f, .. topic0.ToArray(), 0x60, 0x00, 0x60, 0x00, 0xa2, 0x00];

    private async Task<JObject> SyncStatusAsync() => (JObject)await devnet.L2RequestAsync("pn_syncStatus");

    private static ulong Quantity(JObject status, string name) => (ulong)new HexBigInteger((string)status[name]!).Value;
}
