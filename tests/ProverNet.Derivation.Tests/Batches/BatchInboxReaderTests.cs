using ProverNet.Chain.Receipts;
using ProverNet.Core;
using ProverNet.Core.Abi;
using ProverNet.Derivation.Batches;

namespace ProverNet.Derivation.Tests.Batches;

public sealed class BatchInboxReaderTests
{
    private static readonly Address Inbox = Filled(0xBA);
    private static readonly Address Sequencer = Filled(0x5E);
    private static readonly L1BlockRef Block = new(7, Keccak256.Hash("L1 block 7"u8), Keccak256.Hash("L1 block 6"u8), 1_084);
    private static readonly byte[] Data = [0x00, 1, 2, 3, 4, 5];

    [Fact]
    public void Read_SubmitBatchFromTheSequencer_TakesItsData()
    {
        var (log, transaction) = Posted(3, Data, Sequencer, Inbox, BatchInboxCall.Encode(Data));
        var skipped = new List<SkippedL1Log>();

        var batches = BatchInboxReader.Read(new L1BlockLogs(Block, [log], [transaction]), Inbox, Sequencer, skipped);

        var batch = Assert.Single(batches);
        Assert.Equal((3UL, transaction.Hash), (batch.InboxIndex, batch.TransactionHash));
        Assert.Equal(Data, batch.Data);
        Assert.Empty(skipped);
    }

    [Theory]
    [InlineData("sender", "not the sequencer")]
    [InlineData("recipient", "not the inbox")]
    [InlineData("selector", "not a submitBatch")]
    [InlineData("padding", "not canonically encoded")]
    [InlineData("hash", "logged hash and size")]
    public void Read_PostingThatIsNotTheSequencersSubmitBatch_SkipsItWithTheReason(string flaw, string reason)
    {
        var calldata = BatchInboxCall.Encode(Data);
        var (log, transaction) = flaw switch
        {
            "sender" => Posted(0, Data, Filled(0x66), Inbox, calldata),
            "recipient" => Posted(0, Data, Sequencer, Filled(0x77), calldata),
            "selector" => Posted(0, Data, Sequencer, Inbox, [0xde, 0xad, 0xbe, 0xef, .. calldata[4..]]),
            "padding" => Posted(0, Data, Sequencer, Inbox, [.. calldata[..^1], 0x01]),
            _ => Posted(0, [9, 9, 9], Sequencer, Inbox, calldata),
        };
        var skipped = new List<SkippedL1Log>();

        var batches = BatchInboxReader.Read(new L1BlockLogs(Block, [log], [transaction]), Inbox, Sequencer, skipped);

        Assert.Empty(batches);
        Assert.Contains(reason, Assert.Single(skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherLogsOfTheInbox_AreNoBatches()
    {
        var other = new L1Log(Block.Number, Block.Hash, 0, Inbox, [EventTopics.Signature("SequencerChanged(address,address)")], [], Keccak256.Hash("tx"u8));
        var skipped = new List<SkippedL1Log>();

        Assert.Empty(BatchInboxReader.Read(new L1BlockLogs(Block, [other], []), Inbox, Sequencer, skipped));
        Assert.Empty(skipped);
    }

    // The log `BatchSubmitted(index, keccak(logged), logged.Length)` and the transaction that emitted it.
    private static (L1Log Log, L1Transaction Transaction) Posted(ulong index, byte[] logged, Address from, Address to, byte[] input)
    {
        var hash = Keccak256.Hash(input);
        var log = new L1Log(Block.Number, Block.Hash, 1, Inbox, [BatchInboxCall.BatchSubmitted, EventTopics.Of(index), Keccak256.Hash(logged)], new AbiWriter().WriteUInt((ulong)logged.Length).ToArray(), hash);
        return (log, new L1Transaction(hash, Block.Number, Block.Hash, from, to, input));
    }

    private static Address Filled(byte value) => new(Enumerable.Repeat(value, Address.Length).ToArray());
}
