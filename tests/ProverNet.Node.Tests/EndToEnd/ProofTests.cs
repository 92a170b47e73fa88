using System.Numerics;
using Nethereum.Hex.HexTypes;
using Newtonsoft.Json.Linq;
using ProverNet.Chain;
using ProverNet.Chain.Market;
using ProverNet.Chain.Receipts;
using ProverNet.Core;
using ProverNet.Node.Devnet;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.EndToEnd;

/// <summary>
/// Jobs proven for real: a bid and an offer clear on L2, the assigned prover proves the multiplier circuit with snarkjs
/// and submits the proof to <c>ProofVerifier</c> on L1, and L2 settles the job from the <c>ProofVerified</c> it derives.
/// </summary>
[Collection(FollowingNode.Name)]
public sealed class ProofTests(FollowingNodeFixture devnet)
{
    private const int Requester = 7;
    private const int OnTimeProver = 2;
    private const int LateProver = 3;
    private const int Delegator = 5;
    private const uint RealtimeClass = 1; // a 12 s proving window
    private static readonly Hash256 BidMatched = EventTopics.Signature("BidMatched(uint256,uint256,uint256,uint96,uint96)");
    private static readonly Hash256 JobFulfilled = EventTopics.Signature("JobFulfilled(uint256,address,uint256,uint256,uint256)");
    private static readonly Hash256 JobFailed = EventTopics.Signature("JobFailed(uint256,address,uint256,uint256)");

    [Fact]
    public async Task Proof_VerifiedOnL1ByTheDeadline_FulfilsTheJobAndPaysTheProver()
    {
        var proof = await SnarkjsProver.ProveAsync("multiplier", "{ a: 3, b: 11 }");
        var jobId = await AssignJobAsync(OnTimeProver, proof, proofWindowFromNow: 0);
        var prover = Prover(OnTimeProver);
        var balanceBefore = await devnet.L2BalanceAsync(prover);

        await SubmitProofAsync(OnTimeProver, jobId, proof);

        await WaitForJobAsync(jobId, "Fulfilled");
        var job = await JobAsync(jobId);
        var paid = Assert.Single(await MarketLogsAsync(JobFulfilled, jobId));
        var words = Words(paid);
        Assert.Equal(new HexBigInteger((string)job["proverPay"]!).Value, words[0] + words[1] + words[2]);
        Assert.Equal(new HexBigInteger((string)job["proverPay"]!).Value * await devnet.L2MarketFeeBpsAsync() / 10_000, words[1]);
        Assert.Equal(balanceBefore + words[0], await devnet.L2BalanceAsync(prover));
    }

    [Fact]
    public async Task Proof_VerifiedOnL1AfterTheDeadline_IsNotPaidAndTheSlashOutlivesAnUnrelatedStakeUpdate()
    {
        var proof = await SnarkjsProver.ProveAsync("multiplier", "{ a: 5, b: 7 }");
        var jobId = await AssignJobAsync(LateProver, proof, proofWindowFromNow: 15);
        var prover = Prover(LateProver);
        await WaitForJobAsync(jobId, "Failed", seconds: 60);
        var balanceAfterFailure = await devnet.L2BalanceAsync(prover);
        var slashed = Words(Assert.Single(await MarketLogsAsync(JobFailed, jobId)))[1];
        Assert.True(slashed > 0, "a failed job slashes its prover");
        Assert.Equal(slashed, new HexBigInteger((string)(await devnet.ProverMirrorAsync(prover))["pendingSlash"]!).Value);

        var late = await SubmitProofAsync(LateProver, jobId, proof);
        await devnet.WaitForOriginAsync(late.BlockNumber.Value, "L2 to derive the late proof");
        Assert.Equal("Failed", (string)(await JobAsync(jobId))["status"]!);
        Assert.Equal(balanceAfterFailure, await devnet.L2BalanceAsync(prover));

        // A delegation on L1 emits StakeUpdated with L1's stake, which has not lost the slash yet: the mirror keeps it.
        var controller = devnet.L1.Deployment.Contracts["StakingController"].ToString();
        await devnet.SendAsync(Delegator, "BrevToken", "approve", controller, BigInteger.Pow(10, 18));
        var delegation = await devnet.SendAsync(Delegator, "StakingController", "stake", prover, BigInteger.Pow(10, 18));
        await devnet.WaitForOriginAsync(delegation.BlockNumber.Value, "L2 to derive the delegation");
        Assert.Equal(await devnet.L1ProverStakeAsync(prover) - slashed, new HexBigInteger((string)(await devnet.ProverMirrorAsync(prover))["stake"]!).Value);

        // The bridge relays the slash to L1 (here: impersonated), with the job id as its reason: the pending slash clears.
        var relayed = await devnet.ActAsBridgeAsync("slashAmount", prover, slashed, EventTopics.Of(jobId).ToArray());
        await devnet.WaitForOriginAsync(relayed.BlockNumber.Value, "L2 to derive the relayed slash");
        var mirror = await devnet.ProverMirrorAsync(prover);
        Assert.Equal(BigInteger.Zero, new HexBigInteger((string)mirror["pendingSlash"]!).Value);
        Assert.Equal(await devnet.L1ProverStakeAsync(prover), new HexBigInteger((string)mirror["stake"]!).Value);
    }

    [Fact]
    public async Task Proof_VerifiedByTheDeadlineButDerivedAfterIt_StillFulfilsTheJob()
    {
        var proof = await SnarkjsProver.ProveAsync("multiplier", "{ a: 2, b: 21 }");
        var jobId = await AssignJobAsync(OnTimeProver, proof, proofWindowFromNow: 15);
        var deadline = (ulong)new HexBigInteger((string)(await JobAsync(jobId))["deadline"]!).Value;

        devnet.L1Link.Sever();
        try
        {
            await SubmitProofAsync(OnTimeProver, jobId, proof); // on L1, which the node cannot see now
            await FollowingNodeFixture.WaitUntilAsync(async () => await L2TimeAsync() > deadline + 2, "L2 time to pass the job's deadline");
            Assert.Equal("Assigned", (string)(await JobAsync(jobId))["status"]!);
        }
        finally
        {
            devnet.L1Link.Restore();
        }

        await WaitForJobAsync(jobId, "Fulfilled");
    }

    // Posts a bid for `proof` and an offer from `prover`; returns the job they clear into. A window of 0 takes the
    // class default deadline, otherwise the deadline is that many seconds after the L2 head (the bid expires 3 s after it).
    private async Task<ulong> AssignJobAsync(int prover, Groth16Proof proof, ulong proofWindowFromNow)
    {
        var vkHash = await MultiplierKeyAsync();
        var now = await L2TimeAsync();
        var (deadline, expiry) = proofWindowFromNow == 0 ? (0UL, 0UL) : (now + proofWindowFromNow, now + 3);
        var price = new HexBigInteger((string)((JObject)await devnet.L2RequestAsync("pn_getMarket", new HexBigInteger(RealtimeClass).HexValue))["referencePrice"]!).Value;
        var bid = MarketCalldataEncoder.Encode(new SubmitBidCall(false, RealtimeClass, 1, (UInt128)(price * 4), deadline, expiry, vkHash, proof.PublicInputsHash, "ipfs://multiplier"));
        var offer = MarketCalldataEncoder.Encode(new SubmitOfferCall(RealtimeClass, 1, expiry));
        var bidSent = devnet.L2TransactAsync(Requester, SystemAddresses.Market, bid);
        var offerSent = devnet.L2TransactAsync(prover, SystemAddresses.Market, offer);
        var bidReceipt = await bidSent;
        Assert.Equal(1, (int)bidReceipt.Status.Value);
        Assert.Equal(1, (int)(await offerSent).Status.Value);
        var bidId = new HexBigInteger(bidReceipt.Logs.Single(log => Address.Parse(log.Address) == SystemAddresses.Market).Topics[1].ToString()).Value;

        JArray matched = [];
        await FollowingNodeFixture.WaitUntilAsync(async () => (matched = await MarketLogsAsync(BidMatched, (ulong)bidId)).Count > 0, $"bid {bidId} to be matched");
        var jobId = (ulong)new HexBigInteger((string)matched[0]["topics"]![3]!).Value;
        Assert.Equal(Prover(prover), (string)(await JobAsync(jobId))["prover"]!, ignoreCase: true);
        return jobId;
    }

    private async Task<Nethereum.RPC.Eth.DTOs.TransactionReceipt> SubmitProofAsync(int prover, ulong jobId, Groth16Proof proof) =>
        await devnet.SendAsync(prover, "ProofVerifier", "submitProof", new BigInteger(jobId), (await MultiplierKeyAsync()).ToArray(), proof.Proof, proof.PublicInputs.ToArray());

    private async Task<ulong> L2TimeAsync() =>
        (ulong)(await devnet.L2.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(Nethereum.RPC.Eth.DTOs.BlockParameter.CreateLatest())).Timestamp.Value;

    private async Task<Hash256> MultiplierKeyAsync() =>
        Hash256.Parse((string)JObject.Parse(await File.ReadAllTextAsync(devnet.L1.DeploymentPath))["verifyingKeys"]!["multiplier"]!);

    private async Task<JArray> MarketLogsAsync(Hash256 signature, ulong firstTopic) => (JArray)await devnet.L2RequestAsync("eth_getLogs", new JObject
    {
        ["fromBlock"] = "0x0",
        ["toBlock"] = "latest",
        ["address"] = SystemAddresses.Market.ToString(),
        ["topics"] = new JArray(signature.ToString(), EventTopics.Of(firstTopic).ToString()),
    });

    private static BigInteger[] Words(JToken log)
    {
        var data = Hex.Decode((string)log["data"]!);
        return [.. Enumerable.Range(0, data.Length / 32).Select(i => new BigInteger(data.AsSpan(32 * i, 32), isUnsigned: true, isBigEndian: true))];
    }

    private async Task<JObject> JobAsync(ulong jobId) => (JObject)await devnet.L2RequestAsync("pn_getJob", new HexBigInteger(jobId).HexValue);

    private Task WaitForJobAsync(ulong jobId, string status, int seconds = 30) =>
        FollowingNodeFixture.WaitUntilAsync(async () => (string)(await JobAsync(jobId))["status"]! == status, $"job {jobId} to be {status}", seconds);

    private static string Prover(int account) => DevAccounts.All[account].Address.ToString();
}
