using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using ProverNet.Chain.Blocks;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.Receipts;

/// <summary>
/// The outcome of one transaction (user or system) of a block. Canonical encoding:
/// <c>rlp([txHash, status, cumulativeGasUsed, gasUsed, effectiveGasPrice, [[address, [topic…], data]…], failureReason])</c>,
/// the reason as UTF-8 (empty on success). Ethereum receipts carry no reason; ProverNet's do, because a wallet has no
/// EVM trace to replay and must still learn why a bid failed, and committing it in the receipts root keeps it honest.
/// </summary>
public sealed class Receipt : IEquatable<Receipt>
{
    private const string What = "receipt";
    private const int HashItemLength = 1 + Hash256.Length;
    private const int AddressItemLength = 1 + Address.Length;

    /// <summary>Creates a receipt; the logs are copied.</summary>
    public Receipt(
        Hash256 transactionHash,
        ReceiptStatus status,
        ulong cumulativeGasUsed,
        ulong gasUsed,
        Amount effectiveGasPrice,
        IReadOnlyList<LogEntry> logs,
        string failureReason = "")
    {
        ArgumentNullException.ThrowIfNull(logs);
        ArgumentNullException.ThrowIfNull(failureReason);
        if (status is not ReceiptStatus.Failure and not ReceiptStatus.Success)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "a receipt either succeeded or failed");
        }

        if ((status == ReceiptStatus.Failure) == (failureReason.Length == 0))
        {
            throw new ArgumentException("a failed receipt says why, a successful one has no failure reason", nameof(failureReason));
        }

        TransactionHash = transactionHash;
        Status = status;
        CumulativeGasUsed = cumulativeGasUsed;
        GasUsed = gasUsed;
        EffectiveGasPrice = effectiveGasPrice;
        Logs = [.. logs];
        FailureReason = failureReason;
    }

    /// <summary>The hash of the transaction this receipt is for.</summary>
    public Hash256 TransactionHash { get; }

    /// <summary>Success or failure.</summary>
    public ReceiptStatus Status { get; }

    /// <summary>Gas used by this and every earlier transaction of the block.</summary>
    public ulong CumulativeGasUsed { get; }

    /// <summary>Gas used by this transaction.</summary>
    public ulong GasUsed { get; }

    /// <summary>Wei paid per gas (base fee plus the priority fee actually paid); zero for system transactions.</summary>
    public Amount EffectiveGasPrice { get; }

    /// <summary>The logs emitted, in order; none when the transaction failed.</summary>
    public IReadOnlyList<LogEntry> Logs { get; }

    /// <summary>Why the transaction failed; empty when it succeeded.</summary>
    public string FailureReason { get; }

    /// <summary>The canonical encoding.</summary>
    public byte[] Encode()
    {
        var encoding = new byte[EncodedLength];
        WriteTo(encoding);
        return encoding;
    }

    /// <summary>
    /// Bytes in the canonical encoding. The receipts root and the store write each receipt into a buffer of this size
    /// rather than keep an array per receipt for the block's lifetime (≈ 0.9 KB a transaction).
    /// </summary>
    public int EncodedLength
    {
        get
        {
            var payload = PayloadLength(out _);
            return RlpWriter.GetListHeaderLength(payload) + payload;
        }
    }

    /// <summary>Writes the canonical encoding (<see cref="EncodedLength"/> bytes) at the start of <paramref name="destination"/>; returns its length.</summary>
    // Sized first, then written in one pass: the clearing transaction's receipt holds tens of thousands of logs, and an
    // array per item and per list made its encoding the slowest step after execution.
    public int WriteTo(Span<byte> destination)
    {
        Span<byte> priceBuffer = stackalloc byte[16];
        var payload = PayloadLength(out var logsPayload);
        var at = RlpWriter.WriteListHeader(destination, payload);
        at += WriteHash(destination[at..], TransactionHash);
        at += RlpWriter.WriteUInt64(destination[at..], (byte)Status);
        at += RlpWriter.WriteUInt64(destination[at..], CumulativeGasUsed);
        at += RlpWriter.WriteUInt64(destination[at..], GasUsed);
        at += RlpWriter.WriteString(destination[at..], Price(priceBuffer));
        at += RlpWriter.WriteListHeader(destination[at..], logsPayload);
        for (var i = 0; i < Logs.Count; i++)
        {
            at += WriteLog(destination[at..], Logs[i]);
        }

        return at + RlpWriter.WriteString(destination[at..], Reason());
    }

    /// <summary>The <see cref="OrderedMerkleRoot"/> over the receipts' encodings: the header's receipts root.</summary>
    public static Hash256 ComputeRoot(IReadOnlyList<Receipt> receipts)
    {
        ArgumentNullException.ThrowIfNull(receipts);

        // Encoding and hashing each receipt is independent work: spread it over the cores; the root is order-fixed.
        var leaves = new Hash256[receipts.Count];
        Parallel.For(0, leaves.Length, i =>
        {
            var receipt = receipts[i];
            var buffer = ArrayPool<byte>.Shared.Rent(receipt.EncodedLength);
            leaves[i] = Keccak256.Hash(buffer.AsSpan(0, receipt.WriteTo(buffer)));
            ArrayPool<byte>.Shared.Return(buffer);
        });
        return OrderedMerkleRoot.Compute(leaves);
    }

    /// <summary>Decodes a canonical receipt encoding.</summary>
    /// <exception cref="RlpDecodingException">Anything but exactly one canonical receipt.</exception>
    public static Receipt Decode(ReadOnlySpan<byte> encoding)
    {
        var fields = StrictRlpReader.OpenList(encoding, What);
        return ReadFields(ref fields);
    }

    /// <inheritdoc/>
    public bool Equals(Receipt? other) =>
        other is not null && TransactionHash == other.TransactionHash && Status == other.Status
        && CumulativeGasUsed == other.CumulativeGasUsed && GasUsed == other.GasUsed
        && EffectiveGasPrice == other.EffectiveGasPrice && Logs.SequenceEqual(other.Logs)
        && FailureReason == other.FailureReason;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Receipt);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TransactionHash, CumulativeGasUsed);

    internal static Receipt ReadFields(ref StrictRlpReader fields)
    {
        var transactionHash = fields.ReadHash(nameof(TransactionHash));
        var status = fields.ReadByteValue(nameof(Status));
        if (status > (byte)ReceiptStatus.Success)
        {
            throw new RlpDecodingException($"{What}.{nameof(Status)}: {status} is neither failure (0) nor success (1)");
        }

        var cumulativeGasUsed = fields.ReadNumber(nameof(CumulativeGasUsed));
        var gasUsed = fields.ReadNumber(nameof(GasUsed));
        var effectiveGasPrice = fields.ReadAmount(nameof(EffectiveGasPrice));
        var logs = new List<LogEntry>();
        var logItems = fields.ReadList(nameof(Logs));
        while (!logItems.IsAtEnd)
        {
            var log = logItems.ReadList($"[{logs.Count}]");
            logs.Add(ReadLog(ref log));
        }

        var failureReason = fields.ReadUtf8(nameof(FailureReason));
        fields.EnsureAtEnd();
        try
        {
            return new Receipt(transactionHash, (ReceiptStatus)status, cumulativeGasUsed, gasUsed, effectiveGasPrice, logs, failureReason);
        }
        catch (ArgumentException error)
        {
            throw new RlpDecodingException($"{What}.{nameof(FailureReason)}: {error.Message}");
        }
    }

    // Index loops: the logs and topics are arrays behind interfaces, and foreach would allocate an enumerator per list.
    private int PayloadLength(out int logsPayload)
    {
        Span<byte> priceBuffer = stackalloc byte[16];
        logsPayload = 0;
        for (var i = 0; i < Logs.Count; i++)
        {
            logsPayload += LogLength(Logs[i]);
        }

        return HashItemLength + RlpWriter.GetUInt64Length((byte)Status) + RlpWriter.GetUInt64Length(CumulativeGasUsed)
            + RlpWriter.GetUInt64Length(GasUsed) + RlpWriter.GetStringLength(Price(priceBuffer))
            + RlpWriter.GetListHeaderLength(logsPayload) + logsPayload + RlpWriter.GetStringLength(Reason());
    }

    // The effective gas price as a minimal big-endian integer, in buffer.
    private ReadOnlySpan<byte> Price(Span<byte> buffer)
    {
        BinaryPrimitives.WriteUInt128BigEndian(buffer, EffectiveGasPrice.Wei);
        var firstNonZero = buffer.IndexOfAnyExcept((byte)0);
        return firstNonZero < 0 ? [] : buffer[firstNonZero..];
    }

    // Only failed transactions have a reason, so only they pay for its bytes.
    private ReadOnlySpan<byte> Reason() => FailureReason.Length == 0 ? [] : Encoding.UTF8.GetBytes(FailureReason);

    private static int LogLength(LogEntry log)
    {
        var payload = LogPayloadLength(log);
        return RlpWriter.GetListHeaderLength(payload) + payload;
    }

    private static int LogPayloadLength(LogEntry log)
    {
        var topics = log.Topics.Count * HashItemLength;
        return AddressItemLength + RlpWriter.GetListHeaderLength(topics) + topics + RlpWriter.GetStringLength(log.Data);
    }

    private static int WriteLog(Span<byte> destination, LogEntry log)
    {
        var at = RlpWriter.WriteListHeader(destination, LogPayloadLength(log));
        Span<byte> address = stackalloc byte[Address.Length];
        log.Address.WriteTo(address);
        at += RlpWriter.WriteString(destination[at..], address);
        at += RlpWriter.WriteListHeader(destination[at..], log.Topics.Count * HashItemLength);
        for (var i = 0; i < log.Topics.Count; i++)
        {
            at += WriteHash(destination[at..], log.Topics[i]);
        }

        return at + RlpWriter.WriteString(destination[at..], log.Data);
    }

    private static int WriteHash(Span<byte> destination, in Hash256 hash)
    {
        Span<byte> bytes = stackalloc byte[Hash256.Length];
        hash.WriteTo(bytes);
        return RlpWriter.WriteString(destination, bytes);
    }

    private static LogEntry ReadLog(ref StrictRlpReader fields)
    {
        var address = fields.ReadAddress(nameof(LogEntry.Address));
        var topics = new List<Hash256>();
        var topicItems = fields.ReadList(nameof(LogEntry.Topics));
        while (!topicItems.IsAtEnd)
        {
            topics.Add(topicItems.ReadHash($"[{topics.Count}]"));
        }

        if (topics.Count > 4)
        {
            throw new RlpDecodingException($"{What}.log.{nameof(LogEntry.Topics)}: {topics.Count} topics, at most 4 allowed");
        }

        var data = fields.ReadBytes(nameof(LogEntry.Data)).ToArray();
        fields.EnsureAtEnd();
        return new LogEntry(address, topics, data);
    }
}
