using System.Buffers.Binary;
using System.Globalization;
using ProverNet.Storage;

// Writes batches 0, 1, 2, … of `keysPerBatch` keys each into ColumnFamily.State, each with the batch number as a marker
// in ColumnFamily.Metadata, until killed. Resumes after the last marker it finds, so a test can kill and relaunch it.
// Prints "writing" once the first batch has committed so the test knows a kill now lands mid-stream.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: ProverNet.Storage.CrashWriter DIRECTORY KEYS_PER_BATCH");
    return 2;
}

var keysPerBatch = int.Parse(args[1], CultureInfo.InvariantCulture);
using var store = RocksDbStore.Open(args[0]);
var marker = store.Get(ColumnFamily.Metadata, CrashLayout.MarkerKey);
var next = marker is null ? 0 : BinaryPrimitives.ReadInt64BigEndian(marker) + 1;

Span<byte> key = stackalloc byte[CrashLayout.KeyLength];
Span<byte> value = stackalloc byte[sizeof(long)];
for (var batchNumber = next; ; batchNumber++)
{
    using (var batch = store.StartBatch())
    {
        BinaryPrimitives.WriteInt64BigEndian(value, batchNumber);
        for (var index = 0; index < keysPerBatch; index++)
        {
            CrashLayout.WriteKey(key, batchNumber, index);
            batch.Put(ColumnFamily.State, key, value);
        }

        batch.Put(ColumnFamily.Metadata, CrashLayout.MarkerKey, value);
        batch.Commit();
    }

    if (batchNumber == next)
    {
        Console.WriteLine("writing");
        Console.Out.Flush();
    }
}
