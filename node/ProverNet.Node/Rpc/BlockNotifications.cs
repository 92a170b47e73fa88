using System.Buffers;
using System.Text.Json;
using ProverNet.Chain.Execution;
using ProverNet.Core;

namespace ProverNet.Node.Rpc;

/// <summary>
/// One block's notification results, serialized once for every subscriber: the <c>newHeads</c> header and each log,
/// each built the first time a subscriber needs it. Subscribers only filter and add their own envelope.
/// </summary>
internal sealed class BlockNotifications(ProcessedBlock block, Address miner)
{
    private readonly List<IndexedLog> logs = BlockLogs.Of(block.Block, block.Receipts);
    private readonly byte[]?[] logPayloads = new byte[]?[block.Receipts.Sum(receipt => receipt.Logs.Count)];
    private byte[]? header;

    public IReadOnlyList<IndexedLog> Logs => logs;

    public byte[] Header => header ??= Serialize(writer => BlockJson.WriteHeader(writer, block.Block, block.Receipts, miner));

    public byte[] Log(int index) => logPayloads[index] ??= Serialize(writer => LogJson.Write(writer, logs[index]));

    private static byte[] Serialize(Action<Utf8JsonWriter> write)
    {
        var output = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(output))
        {
            write(writer);
        }

        return output.WrittenSpan.ToArray();
    }
}
