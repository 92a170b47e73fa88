using ProverNet.Core;

namespace ProverNet.Chain.Receipts;

/// <summary>An Ethereum-shaped log: the emitting address, up to four topics (the first is the event signature) and ABI data.</summary>
public sealed class LogEntry : IEquatable<LogEntry>
{
    /// <summary>Creates a log.</summary>
    public LogEntry(Address address, IReadOnlyList<Hash256> topics, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(topics.Count, 4);
        Address = address;
        // One array (a collection expression would add a read-only wrapper object per log).
        Topics = topics.ToArray();
        Data = data;
    }

    /// <summary>The system address (or contract) that emitted it.</summary>
    public Address Address { get; }

    /// <summary>The topics: event signature hash, then the indexed arguments.</summary>
    public IReadOnlyList<Hash256> Topics { get; }

    /// <summary>The ABI encoding of the non-indexed arguments.</summary>
    public byte[] Data { get; }

    /// <inheritdoc/>
    public bool Equals(LogEntry? other) =>
        other is not null && Address == other.Address && Topics.SequenceEqual(other.Topics) && Data.AsSpan().SequenceEqual(other.Data);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LogEntry);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Address, Topics.Count > 0 ? Topics[0] : default, Data.Length);
}
