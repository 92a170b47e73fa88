using System.Buffers.Binary;

namespace ProverNet.Chain.Blocks;

/// <summary>
/// Key and value layouts of <see cref="BlockStore"/>. Block numbers are 8-byte big-endian so that key order is height
/// order, which range scans over blocks and receipts rely on.
/// </summary>
internal static class BlockStoreKeys
{
    public const int NumberLength = sizeof(ulong);

    public const int LocationLength = NumberLength + sizeof(uint);

    /// <summary>Metadata key of the head block number.</summary>
    public static ReadOnlySpan<byte> Head => "head"u8;

    /// <summary>Metadata key of the last block whose transaction and log indexes are written.</summary>
    public static ReadOnlySpan<byte> Indexed => "indexed"u8;

    public static byte[] Number(ulong number)
    {
        var key = new byte[NumberLength];
        BinaryPrimitives.WriteUInt64BigEndian(key, number);
        return key;
    }

    public static ulong ReadNumber(ReadOnlySpan<byte> value) => value.Length == NumberLength
        ? BinaryPrimitives.ReadUInt64BigEndian(value)
        : throw new InvalidDataException($"a stored block number has {value.Length} bytes, not {NumberLength}");

    public static byte[] Location(TransactionLocation location)
    {
        var value = new byte[LocationLength];
        BinaryPrimitives.WriteUInt64BigEndian(value, location.BlockNumber);
        BinaryPrimitives.WriteUInt32BigEndian(value.AsSpan(NumberLength), (uint)location.Index);
        return value;
    }

    public static TransactionLocation ReadLocation(ReadOnlySpan<byte> value) => value.Length == LocationLength
        ? new TransactionLocation(
            BinaryPrimitives.ReadUInt64BigEndian(value),
            checked((int)BinaryPrimitives.ReadUInt32BigEndian(value[NumberLength..])))
        : throw new InvalidDataException($"a stored transaction location has {value.Length} bytes, not {LocationLength}");
}
