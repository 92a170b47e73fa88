using System.Buffers.Binary;
using ProverNet.Core;

namespace ProverNet.Derivation.Batches;

/// <summary>
/// A slice of an encoded batch, as one L1 transaction carries it: a batch larger than one transaction may hold is
/// posted as several frames of one channel (op-node's channels and frames). Bytes:
/// <c>0x00 ‖ channel id (16) ‖ frame number (2, big-endian) ‖ last (1: 0 or 1) ‖ data</c>; the channel id is the first
/// 16 bytes of the keccak256 of the whole batch, so a reassembled channel is checked against it.
/// </summary>
/// <param name="ChannelId">The channel's id.</param>
/// <param name="Number">The frame's place in its channel, from 0.</param>
/// <param name="IsLast">Whether it ends the channel.</param>
/// <param name="Data">Its slice of the batch.</param>
public sealed record Frame(UInt128 ChannelId, ushort Number, bool IsLast, byte[] Data)
{
    /// <summary>The version byte of the frame format.</summary>
    public const byte Version = 0;

    /// <summary>Bytes before the data.</summary>
    public const int HeaderLength = 1 + 16 + 2 + 1;

    /// <summary>The channel id of <paramref name="batch"/>.</summary>
    public static UInt128 ChannelIdOf(ReadOnlySpan<byte> batch) => BinaryPrimitives.ReadUInt128BigEndian(Keccak256.Hash(batch).ToArray());

    /// <summary><paramref name="batch"/> cut into frames of at most <paramref name="maxFrameBytes"/> bytes each, header included.</summary>
    /// <exception cref="ArgumentException">The batch needs more than 65,536 frames of that size.</exception>
    public static IReadOnlyList<byte[]> Split(ReadOnlySpan<byte> batch, int maxFrameBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxFrameBytes, HeaderLength);
        var id = ChannelIdOf(batch);
        var slice = maxFrameBytes - HeaderLength;
        var count = (int)Math.Max(1, ((long)batch.Length + slice - 1) / slice);
        if (count > ushort.MaxValue + 1)
        {
            throw new ArgumentException($"a batch of {batch.Length} bytes needs {count} frames of {maxFrameBytes} bytes, more than a channel holds", nameof(batch));
        }

        var frames = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
        {
            var data = batch.Slice(i * slice, Math.Min(slice, batch.Length - (i * slice)));
            frames.Add(new Frame(id, (ushort)i, i == count - 1, data.ToArray()).Encode());
        }

        return frames;
    }

    /// <summary>The frame as posted.</summary>
    public byte[] Encode()
    {
        var bytes = new byte[HeaderLength + Data.Length];
        bytes[0] = Version;
        BinaryPrimitives.WriteUInt128BigEndian(bytes.AsSpan(1), ChannelId);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(17), Number);
        bytes[19] = IsLast ? (byte)1 : (byte)0;
        Data.CopyTo(bytes, HeaderLength);
        return bytes;
    }

    /// <summary>Reads a posted frame.</summary>
    /// <exception cref="BatchDecodingException">Not a version-0 frame.</exception>
    public static Frame Decode(ReadOnlySpan<byte> posted)
    {
        if (posted.Length < HeaderLength || posted[0] != Version || posted[19] > 1)
        {
            throw new BatchDecodingException(posted.Length < HeaderLength
                ? $"a frame has at least {HeaderLength} bytes, this one {posted.Length}"
                : posted[0] != Version ? $"frame version {posted[0]} is not known" : "a frame's last flag is 0 or 1");
        }

        return new Frame(BinaryPrimitives.ReadUInt128BigEndian(posted[1..]), BinaryPrimitives.ReadUInt16BigEndian(posted[17..]), posted[19] == 1, posted[HeaderLength..].ToArray());
    }
}
