using Nethereum.Hex.HexTypes;
using TransactionInput = Nethereum.RPC.Eth.DTOs.TransactionInput;
using TransactionReceipt = Nethereum.RPC.Eth.DTOs.TransactionReceipt;
using Nethereum.Web3;
using ProverNet.Chain.Blocks;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Derivation.Batches;
using ProverNet.Node.Devnet;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.EndToEnd;

/// <summary>
/// A sequencer whose batcher is off, on an L1 of its own: the test posts to the inbox itself — garbage, a batch with a
/// badly signed transaction, a forged batch from another address — between the real batches, and a validator that has
/// only L1 must take exactly the sequencer's blocks.
/// </summary>
public sealed class BatchValidityTests
{
    private const int Foreigner = 8;

    [Fact]
    public async Task Inbox_GarbageBadlySignedAndForeignBatchesBetweenTheRealOnes_ValidatorKeepsTheSequencersChain()
    {
        await using var devnet = await OwnDevnet.StartAsync(settings => settings.Batcher.Enabled = false);
        var l1 = new DeployedL1(devnet.L1);
        var genesis = devnet.Host.Chain.Genesis;
        var batcher = DevAccounts.All.Single(account => account.Address == genesis.Rollup.Batcher).Index;
        await using var running = await TestValidator.StartAsync(devnet.Settings.L1Rpc.Url, devnet.L1.GenesisPath);
        var validator = running.Host;
        var transfer = await TransferOnL2Async(devnet, genesis.ChainId);
        var first = await BlocksUpToAsync(devnet, transfer);

        // From the batcher: a frame that is no frame, a frame of no batch, the batch with its transfer's signature broken.
        await PostAsync(l1, batcher, [0xde, 0xad, 0xbe, 0xef]);
        await PostAsync(l1, batcher, Frame.Split([0x01, 0x02, 0x03], int.MaxValue)[0]);
        await PostAsync(l1, batcher, FrameOf(Batch.Of(first) with { Blocks = [.. first.Select(SequencedBlock.Of).Select(BreakSignatures)] }));
        await PostAsync(l1, batcher, FrameOf(Batch.Of(first)));
        await FollowingNodeFixture.WaitUntilAsync(() => Task.FromResult(validator.Chain.SafeNumber >= first[^1].Number), "the real first batch derived");

        // From another address, made the inbox's sequencer by governance for a moment: a forged continuation.
        var next = (await BlocksUpToAsync(devnet, first[^1].Number + 3))[first.Count..];
        await SetInboxSequencerAsync(l1, DevAccounts.All[Foreigner].Address);
        await PostAsync(l1, Foreigner, FrameOf(Batch.Of(next) with { Blocks = [.. next.Select(block => SequencedBlock.Of(block) with { Timestamp = block.Header.Timestamp + 1 })] }));
        await SetInboxSequencerAsync(l1, genesis.Rollup.Batcher);
        await PostAsync(l1, batcher, FrameOf(Batch.Of(next)));

        await FollowingNodeFixture.WaitUntilAsync(() => Task.FromResult(validator.Chain.SafeNumber >= next[^1].Number), "the real second batch derived");
        for (var number = 1UL; number <= next[^1].Number; number++)
        {
            Assert.Equal(devnet.Host.Processor.Blocks.GetByNumber(number)!.Hash, validator.Chain.Blocks.GetByNumber(number)!.Hash);
        }

        Assert.Equal(next[^1].Number, validator.Processor.Head.Number);
    }

    // Sends one transfer on L2 and returns the block that includes it.
    private static async Task<ulong> TransferOnL2Async(OwnDevnet devnet, ulong chainId)
    {
        var l2 = new Web3(devnet.Host.RpcUrl.ToString());
        var signer = TransactionSigner.FromHex(DevAccounts.All[5].PrivateKey);
        var raw = signer.SignDynamicFee(chainId, 0, 1_000_000_000, 100_000_000_000, 100_000, Address.Parse("0x00000000000000000000000000000000000ba7c4"), 1, []);
        var hash = await l2.Eth.Transactions.SendRawTransaction.SendRequestAsync(Hex.Encode(raw));
        TransactionReceipt? receipt = null;
        await FollowingNodeFixture.WaitUntilAsync(async () => (receipt = await l2.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash)) is not null, "the transfer's receipt");
        return (ulong)receipt!.BlockNumber.Value;
    }

    // The sequencer's blocks 1 to `last` as one chain, once it has made them (read again while it is giving way to L1).
    private static async Task<List<Block>> BlocksUpToAsync(OwnDevnet devnet, ulong last)
    {
        List<Block?> blocks = [];
        await FollowingNodeFixture.WaitUntilAsync(
            () =>
            {
                blocks = [.. Enumerable.Range(1, (int)last).Select(number => devnet.Host.Processor.Blocks.GetByNumber((ulong)number))];
                return Task.FromResult(blocks.All(block => block is not null) && blocks.Zip(blocks.Skip(1)).All(pair => pair.Second!.Header.ParentHash == pair.First!.Hash));
            },
            $"the sequencer's blocks 1 to {last}");
        return [.. blocks.Select(block => block!)];
    }

    private static SequencedBlock BreakSignatures(SequencedBlock block) =>
        block with { Transactions = [.. block.Transactions.Select(raw => (byte[])[.. raw[..^1], (byte)(raw[^1] ^ 0x01)])] };

    private static byte[] FrameOf(Batch batch) => Frame.Split(BatchEncoder.Encode(batch), BatchInboxCall.MaxBatchBytes - 64)[0];

    private static async Task PostAsync(DeployedL1 l1, int from, byte[] posted)
    {
        var calldata = BatchInboxCall.Encode(posted);
        var inbox = l1.Contract(new Web3(l1.Url), "BatchInbox").Address;
        var input = new TransactionInput(Hex.Encode(calldata), inbox, DevAccounts.All[from].Address.ToString(), new HexBigInteger(200_000 + (40 * calldata.Length)), new HexBigInteger(0));
        var receipt = await l1.Wallet(from).TransactionManager.SendTransactionAndWaitForReceiptAsync(input);
        Assert.True(receipt.Status.Value == 1, "submitBatch reverted");
    }

    // Governance (the timelock owns the inbox) changes the inbox's sequencer: impersonated on anvil.
    private static async Task SetInboxSequencerAsync(DeployedL1 l1, Address sequencer)
    {
        var timelock = (await l1.CallAsync<string>("BatchInbox", "owner")).ToString();
        await l1.RequestAsync("anvil_impersonateAccount", timelock);
        await l1.RequestAsync("anvil_setBalance", timelock, "0x56BC75E2D63100000");
        var receipt = await l1.Contract(new Web3(l1.Url), "BatchInbox").GetFunction("setSequencer")
            .SendTransactionAndWaitForReceiptAsync(timelock, new HexBigInteger(200_000), null, null, sequencer.ToString());
        Assert.True(receipt.Status.Value == 1, "setSequencer reverted");
    }
}
