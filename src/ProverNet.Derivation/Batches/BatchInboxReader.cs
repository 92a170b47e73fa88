using ProverNet.Core;

namespace ProverNet.Derivation.Batches;

/// <summary>
/// Finds the batches of one L1 block: each <c>BatchSubmitted</c> log of the inbox whose transaction was sent by the
/// sequencer straight to the inbox, as a canonical <c>submitBatch</c> call whose data has the logged hash and size. Any
/// other is skipped with its reason — a pure function of the block, so every node takes the same batches.
/// </summary>
public static class BatchInboxReader
{
    /// <summary>The batches <paramref name="sequencer"/> posted to <paramref name="inbox"/> in <paramref name="block"/>, in log order.</summary>
    public static IReadOnlyList<PostedFrame> Read(L1BlockLogs block, Address inbox, Address sequencer, List<SkippedL1Log> skipped)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(skipped);
        var batches = new List<PostedFrame>();
        foreach (var log in block.Logs)
        {
            if (log.Address != inbox || log.Topics.Count == 0 || log.Topics[0] != BatchInboxCall.BatchSubmitted)
            {
                continue;
            }

            if (Check(log, block.InboxTransactions, inbox, sequencer, out var batch) is { } reason)
            {
                skipped.Add(new SkippedL1Log(log, reason));
            }
            else
            {
                batches.Add(batch!);
            }
        }

        return batches;
    }

    // Null when the log's transaction carries a batch of the sequencer's; otherwise why not.
    private static string? Check(L1Log log, IReadOnlyList<L1Transaction> transactions, Address inbox, Address sequencer, out PostedFrame? batch)
    {
        batch = null;
        if (log.Topics.Count != 3 || log.Data.Length != 32)
        {
            return "a BatchSubmitted log of the wrong shape";
        }

        var transaction = transactions.FirstOrDefault(candidate => candidate.Hash == log.TransactionHash);
        if (transaction is null)
        {
            return $"its transaction {log.TransactionHash} was not found";
        }

        if (transaction.From != sequencer)
        {
            return $"posted by {transaction.From}, not the sequencer {sequencer}";
        }

        if (transaction.To != inbox)
        {
            return $"the transaction calls {transaction.To?.ToString() ?? "no contract"}, not the inbox";
        }

        if (!BatchInboxCall.TryDecode(transaction.Input, out var data, out var reason))
        {
            return reason;
        }

        if (Keccak256.Hash(data) != log.Topics[2] || !IsWord((ulong)data.Length, log.Data))
        {
            return "the calldata's batch does not have the logged hash and size";
        }

        if (!IsWordOfUInt64(log.Topics[1], out var index))
        {
            return "a batch index beyond 64 bits";
        }

        batch = new PostedFrame(index, transaction.Hash, data);
        return null;
    }

    private static bool IsWord(ulong value, ReadOnlySpan<byte> word) =>
        word.Length == 32 && !word[..24].ContainsAnyExcept((byte)0) && System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(word[24..]) == value;

    private static bool IsWordOfUInt64(Hash256 topic, out ulong value)
    {
        Span<byte> word = stackalloc byte[32];
        topic.WriteTo(word);
        value = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(word[24..]);
        return !word[..24].ContainsAnyExcept((byte)0);
    }
}
