using System.Buffers.Binary;
using ProverNet.Chain.Receipts;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Blocks;

/// <summary>
/// The <see cref="ColumnFamily.Logs"/> index, so <c>eth_getLogs</c> reads only matching logs, not every receipt in the
/// range. One key per (log, topic position 1–3): <c>subject ‖ number ‖ logIndex</c> → transaction index, where subject is
/// <c>(0x01 + position) ‖ topic</c>. Numbers are big-endian, so a prefix scan yields a subject's logs in chain order.
/// Only the indexed arguments (ids, addresses) are worth an entry: every log comes from one of three system addresses
/// and its topic 0 is one of a dozen event signatures, so entries for those would point at nearly every log, for no
/// selectivity. A filter on them alone reads the range's receipts instead. Entries are written by the
/// <see cref="ChainIndexer"/> behind the head; <see cref="FindByTopic"/> reads the receipts of the blocks it has not
/// reached, so answers do not depend on it.
/// </summary>
public sealed class LogIndex
{
    /// <summary>The first indexed topic position (topic 0, the event signature, is not indexed).</summary>
    public const int FirstIndexedTopic = 1;

    private const byte FirstTopicTag = 0x01;
    private const int MaxTopics = 4;
    private const int SubjectLength = 1 + Hash256.Length;
    private const int SuffixLength = sizeof(ulong) + sizeof(uint);

    private readonly IKeyValueStore store;
    private readonly BlockStore blocks;

    /// <summary>Reads the index in <paramref name="store"/>; blocks above what it covers are read from <paramref name="blocks"/>.</summary>
    internal LogIndex(IKeyValueStore store, BlockStore blocks)
    {
        this.store = store;
        this.blocks = blocks;
    }

    /// <summary>Logs whose topic at <paramref name="position"/> (1–3) is <paramref name="topic"/>, in the block range (inclusive).</summary>
    public IEnumerable<LogLocation> FindByTopic(int position, Hash256 topic, ulong fromBlock, ulong toBlock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, FirstIndexedTopic);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, MaxTopics);
        if (fromBlock > toBlock)
        {
            return [];
        }

        // The index covers blocks below FirstUnindexed; the indexer has not reached the rest yet, so their receipts are read.
        var firstUnindexed = blocks.FirstUnindexed;
        var indexed = firstUnindexed > fromBlock ? Find(TopicSubject(position, topic), fromBlock, Math.Min(toBlock, firstUnindexed - 1)) : [];
        return indexed.Concat(Scan(position, topic, Math.Max(fromBlock, firstUnindexed), toBlock));
    }

    /// <summary>Records in <paramref name="batch"/> the index entries of every log of block <paramref name="number"/>.</summary>
    internal static void Add(ulong number, IReadOnlyList<Receipt> receipts, IWriteBatch batch) => Write(number, receipts, batch, remove: false);

    /// <summary>Removes in <paramref name="batch"/> the index entries <see cref="Add"/> wrote for block <paramref name="number"/>.</summary>
    internal static void Remove(ulong number, IReadOnlyList<Receipt> receipts, IWriteBatch batch) => Write(number, receipts, batch, remove: true);

    private static void Write(ulong number, IReadOnlyList<Receipt> receipts, IWriteBatch batch, bool remove)
    {
        var logIndex = 0;
        Span<byte> transactionIndex = stackalloc byte[sizeof(uint)];
        Span<byte> key = stackalloc byte[SubjectLength + SuffixLength];
        BinaryPrimitives.WriteUInt64BigEndian(key[SubjectLength..], number);
        for (var i = 0; i < receipts.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(transactionIndex, (uint)i);
            var logs = receipts[i].Logs;
            for (var j = 0; j < logs.Count; j++)
            {
                var log = logs[j];
                BinaryPrimitives.WriteUInt32BigEndian(key[(SubjectLength + sizeof(ulong))..], (uint)logIndex);
                for (var position = FirstIndexedTopic; position < log.Topics.Count; position++)
                {
                    WriteSubject(key, position, log.Topics[position]);
                    if (remove)
                    {
                        batch.Delete(ColumnFamily.Logs, key);
                    }
                    else
                    {
                        batch.Put(ColumnFamily.Logs, key, transactionIndex);
                    }
                }

                logIndex++;
            }
        }
    }

    private IEnumerable<LogLocation> Scan(int position, Hash256 topic, ulong fromBlock, ulong toBlock)
    {
        if (blocks.HeadNumber is not { } head)
        {
            yield break;
        }

        for (var number = fromBlock; number <= Math.Min(toBlock, head); number++)
        {
            var receipts = blocks.GetReceipts(number) ?? [];
            var logIndex = 0;
            for (var i = 0; i < receipts.Count; i++)
            {
                foreach (var log in receipts[i].Logs)
                {
                    if (position < log.Topics.Count && log.Topics[position] == topic)
                    {
                        yield return new LogLocation(number, i, logIndex);
                    }

                    logIndex++;
                }
            }
        }
    }

    private IEnumerable<LogLocation> Find(byte[] subject, ulong fromBlock, ulong toBlock)
    {
        var upper = toBlock == ulong.MaxValue ? KeyOrder.PrefixUpperBound(subject) : Key(subject, toBlock + 1, 0);
        foreach (var entry in store.Iterate(ColumnFamily.Logs, Key(subject, fromBlock, 0), upper))
        {
            var suffix = entry.Key.AsSpan(subject.Length);
            yield return new LogLocation(
                BinaryPrimitives.ReadUInt64BigEndian(suffix),
                checked((int)BinaryPrimitives.ReadUInt32BigEndian(entry.Value)),
                checked((int)BinaryPrimitives.ReadUInt32BigEndian(suffix[sizeof(ulong)..])));
        }
    }

    private static byte[] TopicSubject(int position, Hash256 topic)
    {
        var subject = new byte[SubjectLength];
        WriteSubject(subject, position, topic);
        return subject;
    }

    private static void WriteSubject(Span<byte> destination, int position, Hash256 topic)
    {
        destination[0] = (byte)(FirstTopicTag + position);
        topic.WriteTo(destination[1..]);
    }

    private static byte[] Key(byte[] subject, ulong number, int logIndex)
    {
        var key = new byte[subject.Length + SuffixLength];
        subject.CopyTo(key, 0);
        BinaryPrimitives.WriteUInt64BigEndian(key.AsSpan(subject.Length), number);
        BinaryPrimitives.WriteUInt32BigEndian(key.AsSpan(subject.Length + sizeof(ulong)), (uint)logIndex);
        return key;
    }
}
