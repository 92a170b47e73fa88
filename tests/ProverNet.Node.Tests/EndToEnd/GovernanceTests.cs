using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.Util;
using Newtonsoft.Json.Linq;
using ProverNet.Chain;
using ProverNet.Chain.Market;
using ProverNet.Core;
using ProverNet.Node.Devnet;

namespace ProverNet.Node.Tests.EndToEnd;

[Collection(FollowingNode.Name)]
public sealed class GovernanceTests(FollowingNodeFixture devnet)
{
    private const int Voter = 0;
    private const int Requester = 7;
    private const uint GovernedClassId = 4;
    private const ushort NewMarketFeeBps = 300;

    // Governor.state: Pending, Active, Canceled, Defeated, Succeeded, Queued, Expired, Executed.
    private const byte Active = 1;
    private const byte Succeeded = 4;
    private const byte Queued = 5;

    private static readonly BigInteger Brev = BigInteger.Pow(10, 18);

    [Fact]
    public async Task Proposal_VotedQueuedAndExecuted_AppliesFromTheBlockWhoseOriginHoldsItAndTheNewClassTakesBids()
    {
        var bid = MarketCalldataEncoder.Encode(new SubmitBidCall(false, GovernedClassId, 2, 20_000_000_000_000_000, 0, 0, Hash256.Zero, Hash256.Zero, "ipfs://governed"));
        await Assert.ThrowsAsync<RpcResponseException>(() => EstimateBidAsync(bid));
        var registry = devnet.L1.Deployment.Contracts["ParameterRegistry"].ToString();
        string[] targets = [registry, registry];
        BigInteger[] values = [0, 0];
        byte[][] calls =
        [
            devnet.Calldata("ParameterRegistry", "setMarketFeeBps", NewMarketFeeBps),
            devnet.Calldata("ParameterRegistry", "setClass", (object)new object[]
            {
                GovernedClassId, 1u, 16u, 30u, 3_600u, 512u, (ushort)1_000, (ushort)100, true,
                10_000 * Brev, 10_000_000_000_000_000, "groth16-governed", "groth16-bn254",
            }),
        ];
        const string description = "Raise the market fee to 3% and open class 4";
        var descriptionHash = Sha3Keccack.Current.CalculateHash(System.Text.Encoding.UTF8.GetBytes(description));

        await devnet.SendAsync(Voter, "BrevToken", "delegate", DevAccounts.All[Voter].Address.ToString());
        await WaitForL1TimeAfterAsync(await devnet.L1TimeAsync(), "the delegation's checkpoint to be in the past");
        await devnet.SendAsync(Voter, "BrevGovernor", "propose", targets, values, calls, description);
        var proposal = await devnet.CallAsync<BigInteger>("BrevGovernor", "hashProposal", targets, values, calls, descriptionHash);
        await WaitForStateAsync(proposal, Active);
        await devnet.SendAsync(Voter, "BrevGovernor", "castVote", proposal, (byte)1);

        // L1 time jumps past the vote and the timelock delay; L2 blocks never precede their origin, so L2 time jumps with it.
        await SkipL1TimeAsync(await devnet.CallAsync<ulong>("BrevGovernor", "proposalDeadline", proposal));
        Assert.Equal(Succeeded, await devnet.CallAsync<byte>("BrevGovernor", "state", proposal));
        await devnet.SendAsync(Voter, "BrevGovernor", "queue", targets, values, calls, descriptionHash);
        Assert.Equal(Queued, await devnet.CallAsync<byte>("BrevGovernor", "state", proposal));
        await SkipL1TimeAsync(await devnet.CallAsync<ulong>("BrevGovernor", "proposalEta", proposal));
        var executed = await devnet.SendAsync(Voter, "BrevGovernor", "execute", targets, values, calls, descriptionHash);

        await devnet.WaitForOriginAsync(executed.BlockNumber.Value, "L2 to take the execution's L1 block as origin");
        var changed = await FirstBlockWithOriginAsync(executed.BlockNumber.Value);
        Assert.Equal(executed.BlockHash, (string)changed["l1OriginHash"]!);
        var parameterLogs = (JArray)await devnet.L2RequestAsync("eth_getLogs", new JObject
        {
            ["fromBlock"] = "0x0",
            ["toBlock"] = "latest",
            ["address"] = SystemAddresses.Params.ToString(),
        });
        Assert.Equal(2, parameterLogs.Count);
        Assert.All(parameterLogs, log => Assert.Equal((string)changed["number"]!, (string)log["blockNumber"]!));
        Assert.Equal(NewMarketFeeBps, await devnet.L2MarketFeeBpsAsync()); // the node keeps its head's state only: where the logs are says when

        var receipt = await devnet.L2TransactAsync(Requester, SystemAddresses.Market, bid);
        Assert.Equal(1, (int)receipt.Status.Value);
        var submitted = Assert.Single(receipt.Logs, log => Address.Parse(log.Address) == SystemAddresses.Market);
        Assert.Equal(new BigInteger(GovernedClassId), new HexBigInteger(submitted.Topics[3].ToString()).Value);
    }

    private Task<JToken> EstimateBidAsync(byte[] bid) => devnet.L2RequestAsync("eth_estimateGas", new JObject
    {
        ["from"] = DevAccounts.All[Requester].Address.ToString(),
        ["to"] = SystemAddresses.Market.ToString(),
        ["data"] = Hex.Encode(bid),
    });

    // The first L2 block whose origin is L1 block `l1Block`, walking down from the head.
    private async Task<JObject> FirstBlockWithOriginAsync(BigInteger l1Block)
    {
        var number = (await devnet.L2.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        JObject? first = null;
        while (true)
        {
            var block = (JObject)await devnet.L2RequestAsync("eth_getBlockByNumber", new HexBigInteger(number).HexValue, false);
            var origin = new HexBigInteger((string)block["l1OriginNumber"]!).Value;
            if (origin < l1Block)
            {
                return first ?? throw new InvalidOperationException($"no L2 block has origin {l1Block}");
            }

            if (origin == l1Block)
            {
                first = block;
            }

            number--;
        }
    }

    private Task WaitForStateAsync(BigInteger proposal, byte state) =>
        FollowingNodeFixture.WaitUntilAsync(async () => await devnet.CallAsync<byte>("BrevGovernor", "state", proposal) == state, $"proposal state {state}");

    // anvil's evm_increaseTime, then a block: L1's newest block is past `time`.
    private async Task SkipL1TimeAsync(ulong time)
    {
        var now = await devnet.L1TimeAsync();
        if (now <= time)
        {
            await devnet.L1RequestAsync("evm_increaseTime", time + 1 - now);
        }

        await devnet.L1RequestAsync("evm_mine");
        Assert.True(await devnet.L1TimeAsync() > time);
    }

    private async Task WaitForL1TimeAfterAsync(ulong time, string what) =>
        await FollowingNodeFixture.WaitUntilAsync(async () => await devnet.L1TimeAsync() > time, what);
}
