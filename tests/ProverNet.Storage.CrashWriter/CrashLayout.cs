using System.Buffers.Binary;

namespace ProverNet.Storage;

/// <summary>The key layout the crash writer uses and the crash test checks.</summary>
public static class CrashLayout
{
    /// <summary>Batch number (8 bytes) then key index (4 bytes), both big-endian so keys group by batch in order.</summary>
    public const int KeyLength = 12;

    /// <summary>Metadata key holding the number of the last batch written.</summary>
    public static ReadOnlySpan<byte> MarkerKey => "crash-test/last-batch"u8;

    /// <summary>Writes the key of entry <paramref name="index"/> of batch <paramref name="batchNumber"/>.</summary>
    public static void WriteKey(Span<byte> destination, long batchNumber, int index)
    {
        BinaryPrimitives.WriteInt64BigEndian(destination, batchNumber);
        BinaryPrimitives.WriteInt32BigEndian(destination[8..], index);
    }
}
