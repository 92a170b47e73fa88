using System.Buffers.Binary;
using ProverNet.Core;

namespace ProverNet.Derivation.Safe;

/// <summary>
/// Where safe derivation stood when it made a safe block: the posted frame to read again from — the first frame of the
/// channel the block came from (or of the channel still open), else the next frame to read. Resuming there, with that
/// block as the safe head, derives exactly what an uninterrupted run derives next.
/// </summary>
/// <param name="L1Number">The L1 block holding that frame.</param>
/// <param name="L1Hash">Its hash: resuming on another branch is a reset.</param>
/// <param name="Frame">The index of the posted frame within it where reading resumes.</param>
public readonly record struct SafeCursor(ulong L1Number, Hash256 L1Hash, int Frame)
{
    /// <summary>Bytes of <see cref="Encode"/>.</summary>
    public const int EncodedLength = 8 + Hash256.Length + 4;

    /// <summary>The cursor as bytes: number, hash, batch index (big-endian).</summary>
    public byte[] Encode()
    {
        var bytes = new byte[EncodedLength];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, L1Number);
        L1Hash.WriteTo(bytes.AsSpan(8));
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8 + Hash256.Length), Frame);
        return bytes;
    }

    /// <summary>Reads <see cref="Encode"/>'s bytes.</summary>
    /// <exception cref="FormatException">Not a cursor's bytes.</exception>
    public static SafeCursor Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != EncodedLength || BinaryPrimitives.ReadInt32BigEndian(bytes[(8 + Hash256.Length)..]) < 0)
        {
            throw new FormatException($"a safe cursor is {EncodedLength} bytes with a non-negative batch index");
        }

        return new SafeCursor(BinaryPrimitives.ReadUInt64BigEndian(bytes), new Hash256(bytes.Slice(8, Hash256.Length)), BinaryPrimitives.ReadInt32BigEndian(bytes[(8 + Hash256.Length)..]));
    }
}
