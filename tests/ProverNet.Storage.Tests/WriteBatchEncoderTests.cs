using RocksDbSharp;

namespace ProverNet.Storage.Tests;

/// <summary>The managed batch serialization must be byte for byte what RocksDB's own write batch builds.</summary>
public sealed class WriteBatchEncoderTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();
    private readonly RocksDbStore store;

    public WriteBatchEncoderTests() => store = RocksDbStore.Open(directory.Path);

    [Fact]
    public void Representation_MixedOperations_EqualsNativeWriteBatch()
    {
        using var encoder = new WriteBatchEncoder();
        using var native = new WriteBatch();
        var random = new Random(7);
        foreach (var (column, key, value) in Operations(random))
        {
            if (value is null)
            {
                encoder.Delete(store.FamilyId(column), key);
                native.Delete(key, store.Handle(column));
            }
            else
            {
                encoder.Put(store.FamilyId(column), key, value);
                native.Put(key, value, store.Handle(column));
            }
        }

        Assert.Equal(native.Count(), encoder.Count);
        Assert.Equal(native.ToBytes(), encoder.Representation.ToArray());
    }

    [Fact]
    public void Representation_DefaultFamily_EqualsNativeWriteBatch()
    {
        using var encoder = new WriteBatchEncoder();
        using var native = new WriteBatch();
        encoder.Put(0, [1, 2], [3]);
        native.Put([1, 2], [3]);
        encoder.Delete(0, [4]);
        native.Delete([4]);

        Assert.Equal(native.ToBytes(), encoder.Representation.ToArray());
    }

    [Fact]
    public void Representation_Empty_IsTheBareHeader()
    {
        using var encoder = new WriteBatchEncoder();
        using var native = new WriteBatch();

        Assert.Equal(0, encoder.Count);
        Assert.Equal(native.ToBytes(), encoder.Representation.ToArray());
    }

    public void Dispose()
    {
        store.Dispose();
        directory.Dispose();
    }

    // Lengths cross the one-, two- and three-byte varint boundaries, and the total outgrows the initial buffer.
    private static IEnumerable<(ColumnFamily Column, byte[] Key, byte[]? Value)> Operations(Random random)
    {
        int[] lengths = [0, 1, 127, 128, 300, 16_383, 16_384, 70_000];
        for (var i = 0; i < 200; i++)
        {
            var column = ColumnFamilies.All[i % ColumnFamilies.All.Count];
            var key = Bytes(random, 1 + (i % 40));
            yield return (column, key, i % 5 == 4 ? null : Bytes(random, lengths[i % lengths.Length]));
        }
    }

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
