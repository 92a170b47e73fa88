using System.Buffers.Binary;
using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>
/// The L2→L1 message outbox in the state: each message under its nonce, and an append-only accumulator (the count and
/// the roots of the perfect subtrees, leftmost first) from which the <see cref="MessagesMerkleTree"/> root of all
/// messages follows in O(log n) per message, without reading the messages back.
/// </summary>
public sealed class MessageOutbox
{
    private readonly WorldState state;

    /// <summary>Opens the outbox kept in <paramref name="state"/>.</summary>
    public MessageOutbox(WorldState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        this.state = state;
    }

    /// <summary>Number of messages sent so far; also the nonce of the next one.</summary>
    public ulong Count => ReadAccumulator().Count;

    /// <summary>The root of the tree over every message sent, as the bridge's <c>messagesRoot</c>; zero when none.</summary>
    public Hash256 Root
    {
        get
        {
            var peaks = ReadAccumulator().Peaks;
            if (peaks.Count == 0)
            {
                return Hash256.Zero;
            }

            // The tree carries an odd node up unchanged, so its root bags the peaks from the right.
            var root = peaks[^1];
            for (var i = peaks.Count - 2; i >= 0; i--)
            {
                root = MessagesMerkleTree.HashPair(peaks[i], root);
            }

            return root;
        }
    }

    /// <summary>Queues a message with the next nonce and returns it.</summary>
    public L2ToL1Message Send(MessageKind kind, Address target, Amount amount, ReadOnlyMemory<byte> data)
    {
        var (count, peaks) = ReadAccumulator();
        var message = new L2ToL1Message(count, kind, target, amount, data.ToArray());
        state.Set(StateKeys.Message(count), Encode(message));

        var carry = MessagesMerkleTree.Leaf(message);
        for (var size = count; (size & 1) == 1; size >>= 1)
        {
            carry = MessagesMerkleTree.HashPair(peaks[^1], carry);
            peaks.RemoveAt(peaks.Count - 1);
        }

        peaks.Add(carry);
        WriteAccumulator(count + 1, peaks);
        return message;
    }

    /// <summary>The message with <paramref name="nonce"/>, or null when none was sent.</summary>
    public L2ToL1Message? Get(ulong nonce) =>
        state.Get(StateKeys.Message(nonce)) is { } bytes ? Decode(nonce, bytes) : null;

    // kind (1) ‖ target (20) ‖ amount (16, big-endian) ‖ data
    private static byte[] Encode(in L2ToL1Message message)
    {
        var bytes = new byte[1 + Address.Length + 16 + message.Data.Length];
        bytes[0] = (byte)message.Kind;
        message.Target.WriteTo(bytes.AsSpan(1));
        BinaryPrimitives.WriteUInt128BigEndian(bytes.AsSpan(1 + Address.Length), message.Amount.Wei);
        message.Data.Span.CopyTo(bytes.AsSpan(1 + Address.Length + 16));
        return bytes;
    }

    private static L2ToL1Message Decode(ulong nonce, byte[] bytes)
    {
        const int fixedLength = 1 + Address.Length + 16;
        if (bytes.Length < fixedLength || !Enum.IsDefined((MessageKind)bytes[0]))
        {
            throw new InvalidDataException($"message {nonce} is {bytes.Length} bytes with kind {bytes.FirstOrDefault()}: the store is corrupt");
        }

        return new L2ToL1Message(
            nonce,
            (MessageKind)bytes[0],
            new Address(bytes.AsSpan(1, Address.Length)),
            new Amount(BinaryPrimitives.ReadUInt128BigEndian(bytes.AsSpan(1 + Address.Length))),
            bytes.AsMemory(fixedLength));
    }

    private (ulong Count, List<Hash256> Peaks) ReadAccumulator()
    {
        if (state.Get(StateKeys.MessageAccumulator()) is not { } bytes)
        {
            return (0, []);
        }

        var count = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        var peaks = new List<Hash256>((int)ulong.PopCount(count));
        for (var offset = sizeof(ulong); offset < bytes.Length; offset += Hash256.Length)
        {
            peaks.Add(new Hash256(bytes.AsSpan(offset, Hash256.Length)));
        }

        if ((ulong)peaks.Count != ulong.PopCount(count))
        {
            throw new InvalidDataException($"the outbox holds {peaks.Count} peaks for {count} messages: the store is corrupt");
        }

        return (count, peaks);
    }

    private void WriteAccumulator(ulong count, List<Hash256> peaks)
    {
        var bytes = new byte[sizeof(ulong) + (peaks.Count * Hash256.Length)];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, count);
        for (var i = 0; i < peaks.Count; i++)
        {
            peaks[i].WriteTo(bytes.AsSpan(sizeof(ulong) + (i * Hash256.Length)));
        }

        state.Set(StateKeys.MessageAccumulator(), bytes);
    }
}
