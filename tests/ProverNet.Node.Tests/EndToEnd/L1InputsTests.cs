using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Newtonsoft.Json.Linq;
using ProverNet.Contracts;
using ProverNet.Node.Devnet;

namespace ProverNet.Node.Tests.EndToEnd;

[Collection(FollowingNode.Name)]
public sealed class L1InputsTests(FollowingNodeFixture devnet)
{
    private static readonly BigInteger Brev = BigInteger.Pow(10, 18);

    [Fact]
    public async Task Deposit_OnL1_CreditsTheExactAmountOnL2FromTheBlockWhoseOriginHoldsIt()
    {
        var recipient = "0x00000000000000000000000000000000000de905";
        var amount = (1_234 * Brev) + 567;
        await devnet.SendAsync(4, "BrevToken", "approve", devnet.L1.Deployment.Contracts["RollupBridge"].ToString(), amount);

        var receipt = await devnet.SendAsync(4, "RollupBridge", "deposit", amount, recipient);

        await FollowingNodeFixture.WaitUntilAsync(async () => await devnet.L2BalanceAsync(recipient) == amount, "the deposit on L2");
        var logs = (JArray)await devnet.L2RequestAsync("eth_getLogs", new JObject
        {
            ["fromBlock"] = "0x0",
            ["toBlock"] = "latest",
            ["topics"] = new JArray(JValue.CreateNull(), JValue.CreateNull(), JValue.CreateNull(), "0x000000000000000000000000" + recipient[2..]),
        });
        var log = Assert.Single(logs);
        var l2Block = (JObject)await devnet.L2RequestAsync("eth_getBlockByNumber", log["blockNumber"]!.Value<string>()!, false);
        Assert.Equal(receipt.BlockNumber.HexValue, l2Block["l1OriginNumber"]!.Value<string>());
        Assert.Equal(receipt.BlockHash, l2Block["l1OriginHash"]!.Value<string>());
    }

    [Fact]
    public async Task StakingEvents_OnL1_KeepTheProverMirrorEqualToL1()
    {
        var prover = DevAccounts.All[1].Address.ToString();
        var controller = devnet.L1.Deployment.Contracts["StakingController"].ToString();
        var delegated = 1_000 * Brev;
        await devnet.SendAsync(5, "BrevToken", "approve", controller, delegated);

        await devnet.SendAsync(5, "StakingController", "stake", prover, delegated);
        await ExpectMirrorAsync(prover, "after a delegation");

        var vault = await devnet.CallAsync<string>("StakingController", "vaultOf", prover);
        var shares = await new Web3(devnet.L1Url).Eth.GetContract(ContractArtifacts.Load("ProverVault").Abi, vault).GetFunction("balanceOf").CallAsync<BigInteger>(DevAccounts.All[5].Address.ToString());
        await devnet.SendAsync(5, "StakingController", "requestUnstake", prover, shares / 2);
        await ExpectMirrorAsync(prover, "after an unstake request");

        // Jailing is the bridge's (a relayed slash) or the output oracle's: act as the bridge.
        var l1 = new Web3(devnet.L1Url);
        var now = (ulong)(await l1.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest())).Timestamp.Value;
        await devnet.ActAsBridgeAsync("jail", prover, now + 3);
        await ExpectMirrorAsync(prover, "after jailing");
        Assert.Equal("Jailed", (await devnet.ProverMirrorAsync(prover))["status"]!.Value<string>());

        await FollowingNodeFixture.WaitUntilAsync(
            async () => (ulong)(await l1.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest())).Timestamp.Value > now + 3,
            "the end of the jail term");
        await devnet.SendAsync(1, "StakingController", "unjail", prover);
        await ExpectMirrorAsync(prover, "after unjailing");
        Assert.NotEqual("Jailed", (await devnet.ProverMirrorAsync(prover))["status"]!.Value<string>());
    }

    [Fact]
    public async Task SyncStatus_FollowingNode_ReportsTheL1HeadAndTheHeadsOrigin()
    {
        var status = (JObject)await devnet.L2RequestAsync("pn_syncStatus");

        Assert.True(status["followsL1"]!.Value<bool>());
        Assert.True(status["l1Reachable"]!.Value<bool>());
        var l1Head = new HexBigInteger(status["l1Head"]!.Value<string>()).Value;
        var origin = new HexBigInteger(status["headL1OriginNumber"]!.Value<string>()).Value;
        Assert.InRange(origin, devnet.L1.Origin.Number, l1Head);
        Assert.Equal(l1Head - origin, new HexBigInteger(status["l1BlocksBehind"]!.Value<string>()).Value);
    }

    private static readonly string[] L1Statuses = ["None", "Inactive", "Active", "Jailed"];

    // The mirror's stake is the vault's assets and its status L1's, once L2 has derived the last L1 block.
    private async Task ExpectMirrorAsync(string prover, string when)
    {
        var assets = await devnet.L1ProverStakeAsync(prover);
        var status = L1Statuses[await devnet.CallAsync<byte>("StakingController", "statusOf", prover)];
        await FollowingNodeFixture.WaitUntilAsync(
            async () =>
            {
                var mirror = await devnet.ProverMirrorAsync(prover);
                return new HexBigInteger(mirror["stake"]!.Value<string>()).Value == assets && mirror["status"]!.Value<string>() == status;
            },
            $"the mirror of {prover} {when}: stake {assets}, {status}");
    }
}
