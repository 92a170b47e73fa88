using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.State;

public sealed class MessageOutboxTests
{
    private static readonly Address Target = Address.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

    [Fact]
    public void Root_NoMessages_IsZero()
    {
        var outbox = new MessageOutbox(new WorldState(new MemoryStore()));

        Assert.Equal(Hash256.Zero, outbox.Root);
        Assert.Equal(0UL, outbox.Count);
    }

    [Fact]
    public void Root_AfterEachOfFortyMessages_EqualsTheTreeBuiltFromAllOfThem()
    {
        var outbox = new MessageOutbox(new WorldState(new MemoryStore()));
        var sent = new List<L2ToL1Message>();
        for (var i = 0; i < 40; i++)
        {
            byte[] data = i % 3 == 1 ? [.. new byte[31], (byte)i] : [];
            sent.Add(outbox.Send((MessageKind)(i % 3), Target, new Amount((UInt128)(i + 1)), data));

            Assert.Equal(new MessagesMerkleTree(sent).Root, outbox.Root);
        }
    }

    [Fact]
    public void Send_Twice_NumbersFromZeroAndStoresEachMessage()
    {
        var state = new WorldState(new MemoryStore());
        var outbox = new MessageOutbox(state);

        var first = outbox.Send(MessageKind.Withdraw, Target, new Amount(5), ReadOnlyMemory<byte>.Empty);
        var second = outbox.Send(MessageKind.Slash, Target, new Amount(7), new byte[32]);

        Assert.Equal((0UL, 1UL), (first.Nonce, second.Nonce));
        Assert.Equal(2UL, outbox.Count);
        var stored = outbox.Get(1)!.Value;
        Assert.Equal((MessageKind.Slash, Target, new Amount(7), 32), (stored.Kind, stored.Target, stored.Amount, stored.Data.Length));
        Assert.Null(outbox.Get(2));
    }

    [Fact]
    public void Send_RestoredCheckpoint_LeavesNoMessage()
    {
        var state = new WorldState(new MemoryStore());
        var outbox = new MessageOutbox(state);
        var checkpoint = state.Checkpoint();

        outbox.Send(MessageKind.Withdraw, Target, new Amount(5), ReadOnlyMemory<byte>.Empty);
        state.Restore(checkpoint);

        Assert.Equal((0UL, Hash256.Zero), (outbox.Count, outbox.Root));
        Assert.Null(outbox.Get(0));
    }
}
