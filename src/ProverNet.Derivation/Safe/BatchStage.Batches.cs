using ProverNet.Chain.Execution;
using ProverNet.Derivation.Batches;

namespace ProverNet.Derivation.Safe;

/// <summary>The stage's frames, channels and batches (the rules are on <see cref="BatchStage"/>).</summary>
public sealed partial class BatchStage
{
    // Takes one posted frame into the open channel; a channel it closes becomes the open batch.
    private void Read(PostedFrame posted)
    {
        var at = new SafeCursor(current!.Block.Number, current.Block.Hash, frameIndex);
        var source = $"frame {posted.InboxIndex} in L1 block {at.L1Number}";
        Frame frame;
        try
        {
            frame = Frame.Decode(posted.Data);
        }
        catch (BatchDecodingException undecodable)
        {
            Drop($"{source}: {undecodable.Message}");
            return;
        }

        if (frame.Number == 0)
        {
            if (channel is not null)
            {
                Drop($"channel {channel.Id:x32} left incomplete: {source} opens another");
            }

            channel = new OpenChannel(frame.ChannelId, at);
        }
        else if (channel is null || channel.Id != frame.ChannelId || channel.NextFrame != frame.Number)
        {
            Drop($"{source}: frame {frame.Number} of channel {frame.ChannelId:x32} does not continue the open channel");
            return;
        }

        channel.Append(frame.Data);
        if (channel.Size > limits.MaxPayloadBytes)
        {
            Drop($"channel {channel.Id:x32} passes {limits.MaxPayloadBytes} bytes");
            channel = null;
        }
        else if (frame.IsLast)
        {
            var closed = channel;
            channel = null;
            var data = closed.Assemble();
            var batchSource = $"batch of channel {closed.Id:x32} closed in L1 block {at.L1Number}";
            if (Frame.ChannelIdOf(data) != closed.Id)
            {
                Drop($"{batchSource}: its bytes do not hash to the channel id");
            }
            else if (Open(data, batchSource) is { } batch)
            {
                open = (batch, closed.Start, batchSource);
            }
        }
    }

    // The batch decoded and positioned at the safe head's child, or null when it is dropped.
    private Batch? Open(byte[] data, string source)
    {
        Batch decoded;
        try
        {
            decoded = BatchDecoder.Decode(data, limits);
        }
        catch (BatchDecodingException undecodable)
        {
            Drop($"{source}: {undecodable.Message}");
            return null;
        }

        var next = safe.Number + 1;
        if (decoded.FirstNumber > next || decoded.LastNumber < next)
        {
            Drop($"{source}: blocks {decoded.FirstNumber} to {decoded.LastNumber} do not take the safe head {safe.Number} further");
            return null;
        }

        if (Overlap(decoded) is { } mismatch)
        {
            Drop($"{source}: {mismatch}");
            return null;
        }

        blockIndex = (int)(next - decoded.FirstNumber);
        return decoded;
    }

    // Null when the batch's parent and its blocks at or below the safe head are the safe chain's; otherwise why not.
    private string? Overlap(Batch decoded)
    {
        var parentHash = decoded.FirstNumber - 1 == safe.Number ? safe.Hash : safeBlock(decoded.FirstNumber - 1)?.Hash;
        if (parentHash != decoded.ParentHash)
        {
            return $"its parent {decoded.ParentHash} is not safe block {decoded.FirstNumber - 1}";
        }

        for (var number = decoded.FirstNumber; number <= safe.Number; number++)
        {
            var stored = safeBlock(number);
            if (stored is null || !SameBlock(SequencedBlock.Of(stored), decoded.Blocks[(int)(number - decoded.FirstNumber)]))
            {
                return $"its block {number} is not safe block {number}";
            }
        }

        return null;
    }

    private SafeCandidate? NextOfBatch(Batch batch, SafeCursor start, string source)
    {
        if (blockIndex == batch.Blocks.Count)
        {
            return EndBatch(null);
        }

        var block = batch.Blocks[blockIndex];
        L1BlockInputs? next = null;
        if (block.L1OriginNumber == safe.Header.L1Origin.Number + 1)
        {
            next = origins.FirstOrDefault(candidate => candidate.Block.Number == block.L1OriginNumber);
            if (next is null)
            {
                return EndBatch($"{source}: block {safe.Number + 1} takes L1 block {block.L1OriginNumber} as origin, which the batch's own L1 block does not follow");
            }
        }

        if (current!.Block.Number > block.L1OriginNumber + window)
        {
            return EndBatch($"{source}: block {safe.Number + 1} landed {current.Block.Number - block.L1OriginNumber} L1 blocks after its origin {block.L1OriginNumber}, past the sequencing window of {window}");
        }

        BlockAttributes? attributes;
        try
        {
            attributes = BatchAttributes.For(safe.Header, block, next);
        }
        catch (InvalidBlockException invalid)
        {
            return EndBatch($"{source}: {invalid.Message}");
        }

        return new SafeCandidate(attributes!, [.. block.Transactions.Select(transaction => (ReadOnlyMemory<byte>)transaction)], start, Forced: false, source);
    }

    private static bool SameBlock(SequencedBlock a, SequencedBlock b) =>
        a.Timestamp == b.Timestamp && a.L1OriginNumber == b.L1OriginNumber && a.Transactions.Count == b.Transactions.Count
        && a.Transactions.Zip(b.Transactions).All(pair => pair.First.AsSpan().SequenceEqual(pair.Second));
}
