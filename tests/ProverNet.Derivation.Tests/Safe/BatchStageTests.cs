using ProverNet.Chain.L1Inputs;
using ProverNet.Core;
using ProverNet.Derivation.Batches;
using ProverNet.Derivation.Tests.Support;

namespace ProverNet.Derivation.Tests.Safe;

public sealed class BatchStageTests
{
    [Fact]
    public void Next_BatchesOfTheSequencersBlocks_DerivesTheSameBlocks()
    {
        var chain = new SafeChainScenario();
        var sequenced = new[] { chain.Sequence(true, 2), chain.Sequence(false, 1), chain.Sequence(true), chain.Sequence(false, 3), chain.Sequence(true, 1) };
        chain.Post(103, chain.Batch(1, 3));
        chain.Post(104, chain.Batch(4, 5));

        chain.DeriveThrough(104);

        Assert.Equal(sequenced.Select(block => block.Hash), Enumerable.Range(1, 5).Select(number => chain.Validator.Blocks.GetByNumber((ulong)number)!.Hash));
        Assert.Empty(chain.Queue.TakeDropped());
    }

    [Fact]
    public void Next_BatchPostedTwice_DropsTheSecondAsStale()
    {
        var chain = new SafeChainScenario();
        chain.Sequence(true);
        chain.Sequence(false, 1);
        chain.Post(102, chain.Batch(1, 2), chain.Batch(1, 2));

        chain.DeriveThrough(102);

        Assert.Equal(chain.Sequencer.Head.Hash, chain.Validator.Head.Hash);
        Assert.Contains("do not take the safe head 2 further", Assert.Single(chain.Queue.TakeDropped()), StringComparison.Ordinal);
    }

    [Fact]
    public void Next_BatchOverlappingTheSafeHead_AppliesOnlyTheBlocksPastIt()
    {
        var chain = new SafeChainScenario();
        chain.Sequence(true);
        chain.Sequence(false, 1);
        chain.Sequence(true, 2);
        chain.Post(102, chain.Batch(1, 2));
        chain.Post(103, chain.Batch(1, 3));

        chain.DeriveThrough(103);

        Assert.Equal(chain.Sequencer.Head.Hash, chain.Validator.Head.Hash);
        Assert.Empty(chain.Queue.TakeDropped());
    }

    [Fact]
    public void Next_BatchOverlappingWithOtherBlocks_IsDroppedWhole()
    {
        var chain = new SafeChainScenario();
        chain.Sequence(true);
        chain.Post(101, chain.Batch(1, 1));
        chain.DeriveThrough(101);
        var other = new SafeChainScenario();
        other.Sequence(true, 1);
        other.Sequence(false);
        chain.Post(102, other.Batch(1, 2));

        chain.DeriveThrough(102);

        Assert.Equal(1UL, chain.Validator.Head.Number);
        Assert.Contains("is not safe block 1", Assert.Single(chain.Queue.TakeDropped()), StringComparison.Ordinal);
    }

    [Fact]
    public void Next_FutureBatchBeforeItsPredecessor_IsDroppedAndThePredecessorApplies()
    {
        var chain = new SafeChainScenario();
        chain.Sequence(true);
        chain.Sequence(false);
        chain.Sequence(false);
        chain.Post(101, chain.Batch(3, 3), chain.Batch(1, 2));

        chain.DeriveThrough(102);

        Assert.Equal(2UL, chain.Validator.Head.Number);
        Assert.Contains("blocks 3 to 3 do not take the safe head 0 further", Assert.Single(chain.Queue.TakeDropped()), StringComparison.Ordinal);
    }

    [Fact]
    public void Next_UndecodableBatch_IsDroppedAndTheNextApplies()
    {
        var chain = new SafeChainScenario();
        chain.Sequence(true);
        chain.PostFrames(101, [0x07, 0x01, 0x02]);
        chain.Post(101, [0x01, 0xde, 0xad], chain.Batch(1, 1));

        chain.DeriveThrough(101);

        Assert.Equal(chain.Sequencer.Head.Hash, chain.Validator.Head.Hash);
        Assert.Equal(2, chain.Queue.TakeDropped().Count);
    }

    [Fact]
    public void Next_BlockWithATransactionThatDoesNotApply_EndsTheBatchAndKeepsTheBlocksBefore()
    {
        var chain = new SafeChainScenario();
        chain.Sequence(true, 1);
        chain.Sequence(false, 1);
        var batch = chain.Batch(1, 2);
        var forged = BatchDecoder.Decode(batch, BatchLimits.Default);
        var badly = forged with
        {
            Blocks = [forged.Blocks[0], forged.Blocks[1] with { Transactions = [[.. forged.Blocks[1].Transactions[0][..^1], 0x00]] }],
        };
        chain.Post(101, BatchEncoder.Encode(badly));

        chain.DeriveThrough(101);

        Assert.Equal(1UL, chain.Validator.Head.Number);
        Assert.Contains("block 2 refused", Assert.Single(chain.Queue.TakeDropped()), StringComparison.Ordinal);
    }

    [Fact]
    public void Next_BatchLandingPastTheSequencingWindow_IsDroppedAndTheOriginIsForced()
    {
        var chain = new SafeChainScenario();
        var deposit = new DepositInput(new L1LogId(101, 0), 0, Filled(0xd1), Filled(0xd1), new Amount(5));
        chain.L1(101, deposit);
        chain.Sequence(true, 1);
        chain.Post(101 + SafeChainScenario.Window + 1, chain.Batch(1, 1));

        chain.DeriveThrough(101 + SafeChainScenario.Window + 1);

        var forced = chain.Validator.Blocks.GetByNumber(1)!;
        Assert.Equal(101UL, forced.Header.L1Origin.Number);
        Assert.Empty(forced.Body.UserTransactions);
        Assert.Single(forced.Body.OpeningSystemTransactions, transaction => transaction.Kind == chain.L1(101).OpeningTransactions()[0].Kind);
        Assert.Equal(1UL, chain.Validator.Head.Number);
        Assert.Contains("past the sequencing window", Assert.Single(chain.Queue.TakeDropped()), StringComparison.Ordinal);
    }

    [Fact]
    public void Next_NoBatchesForLongerThanTheWindow_ForcesOneBlockPerOverdueOrigin()
    {
        var chain = new SafeChainScenario();

        chain.DeriveThrough(110);

        Assert.Equal(110UL - SafeChainScenario.Window - 1 - 100, chain.Validator.Head.Number);
        Assert.Equal(110UL - SafeChainScenario.Window - 1, chain.Validator.Head.Header.L1Origin.Number);
    }

    [Fact]
    public void Next_ResumedAtAStoredCursor_DerivesWhatAnUninterruptedRunDerives()
    {
        var uninterrupted = new SafeChainScenario();
        var resumed = new SafeChainScenario();
        foreach (var chain in new[] { uninterrupted, resumed })
        {
            for (var i = 0; i < 6; i++)
            {
                chain.Sequence(i % 2 == 0, i % 3);
            }

            chain.Post(103, chain.Batch(1, 4), chain.Batch(5, 6));
        }

        uninterrupted.DeriveThrough(110);
        resumed.DeriveThrough(103);
        resumed.Validator.RewindTo(2);
        resumed.Restart(resumed.Cursors[1]);
        resumed.DeriveThrough(110);

        Assert.Equal(uninterrupted.Validator.Head.Hash, resumed.Validator.Head.Hash);
    }

    [Fact]
    public void Next_BatchInFramesOverSeveralL1Blocks_DerivesOnceTheLastFrameLands()
    {
        var chain = new SafeChainScenario();
        for (var i = 0; i < 4; i++)
        {
            chain.Sequence(i % 2 == 0, 3);
        }

        var frames = Frame.Split(chain.Batch(1, 4), 300);
        Assert.True(frames.Count >= 3);
        chain.PostFrames(103, [.. frames.Take(2)]);
        chain.PostFrames(104, [.. frames.Skip(2)]);

        chain.DeriveThrough(103);
        Assert.Equal(0UL, chain.Validator.Head.Number);
        chain.DeriveThrough(104);

        Assert.Equal(chain.Sequencer.Head.Hash, chain.Validator.Head.Hash);
        Assert.Empty(chain.Queue.TakeDropped());
    }

    [Fact]
    public void Next_FramesOutOfOrder_DropsTheChannelAndAReposting_Applies()
    {
        var chain = new SafeChainScenario();
        chain.Sequence(true, 3);
        chain.Sequence(false, 3);
        var frames = Frame.Split(chain.Batch(1, 2), 120);
        Assert.True(frames.Count >= 3);
        chain.PostFrames(102, [frames[0], .. frames.Skip(2), frames[1]]);
        chain.PostFrames(103, [.. frames]);

        chain.DeriveThrough(102);
        Assert.Equal(0UL, chain.Validator.Head.Number);
        chain.DeriveThrough(103);

        Assert.Equal(chain.Sequencer.Head.Hash, chain.Validator.Head.Hash);
        Assert.Contains(chain.Queue.TakeDropped(), reason => reason.Contains("does not continue the open channel", StringComparison.Ordinal));
    }

    [Fact]
    public void Next_ChannelNotClosedWithinTheWindow_IsDropped()
    {
        var chain = new SafeChainScenario();
        chain.Sequence(true, 3);
        var frames = Frame.Split(chain.Batch(1, 1), 300);
        chain.PostFrames(101, frames[0]);
        chain.PostFrames(101 + SafeChainScenario.Window + 1, [.. frames.Skip(1)]);

        chain.DeriveThrough(101 + SafeChainScenario.Window + 1);

        Assert.Contains(chain.Queue.TakeDropped(), reason => reason.Contains("did not close within", StringComparison.Ordinal));
        Assert.Empty(chain.Validator.Blocks.GetByNumber(1)!.Body.UserTransactions);
    }

    [Fact]
    public void Next_ResumedInsideAChannelOpenedBeforeTheSafeOrigin_RebuildsTheChannel()
    {
        var uninterrupted = new SafeChainScenario();
        var resumed = new SafeChainScenario();
        foreach (var chain in new[] { uninterrupted, resumed })
        {
            chain.Sequence(true, 1);
            chain.Sequence(true, 1);
            chain.Sequence(true, 1);
            var frames = Frame.Split(chain.Batch(1, 3), 200);
            chain.PostFrames(101, frames[0]);
            chain.PostFrames(104, [.. frames.Skip(1)]);
        }

        uninterrupted.DeriveThrough(106);
        resumed.DeriveThrough(104);
        Assert.Equal(101UL, resumed.Cursors[1].L1Number);
        resumed.Validator.RewindTo(2);
        resumed.Restart(resumed.Cursors[1]);
        resumed.DeriveThrough(106);

        Assert.Equal(3UL, resumed.Validator.Head.Number);
        Assert.Equal(uninterrupted.Validator.Head.Hash, resumed.Validator.Head.Hash);
    }

    private static Address Filled(byte value) => new(Enumerable.Repeat(value, Address.Length).ToArray());
}
