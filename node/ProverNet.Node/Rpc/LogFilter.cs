using System.Text.Json;
using ProverNet.Chain.Receipts;
using ProverNet.Core;

namespace ProverNet.Node.Rpc;

/// <summary>
/// The address and topic part of an <c>eth_getLogs</c> or <c>logs</c> subscription filter: any of the addresses (none
/// = any), and per topic position null (any) or a list of alternatives.
/// </summary>
public sealed class LogFilter
{
    private const int MaxTopics = 4;

    /// <summary>A filter on <paramref name="addresses"/> and <paramref name="topics"/>.</summary>
    public LogFilter(IReadOnlyList<Address> addresses, IReadOnlyList<IReadOnlyList<Hash256>?> topics)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        ArgumentNullException.ThrowIfNull(topics);
        Addresses = addresses;
        Topics = topics;
    }

    /// <summary>Emitting addresses to match; empty matches any.</summary>
    public IReadOnlyList<Address> Addresses { get; }

    /// <summary>Per position: null for any topic, else the topics accepted there.</summary>
    public IReadOnlyList<IReadOnlyList<Hash256>?> Topics { get; }

    /// <summary>Reads <c>address</c> and <c>topics</c> of the filter object <paramref name="filter"/>.</summary>
    public static LogFilter Read(JsonElement filter, string what)
    {
        RpcValues.ReadObject(filter, what);
        var addresses = new List<Address>();
        if (RpcValues.Member(filter, "address") is { } address)
        {
            if (address.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in address.EnumerateArray())
                {
                    addresses.Add(RpcValues.ReadAddress(item, what + ".address"));
                }
            }
            else
            {
                addresses.Add(RpcValues.ReadAddress(address, what + ".address"));
            }
        }

        var topics = new List<IReadOnlyList<Hash256>?>();
        if (RpcValues.Member(filter, "topics") is { } topicList)
        {
            if (topicList.ValueKind != JsonValueKind.Array || topicList.GetArrayLength() > MaxTopics)
            {
                throw RpcException.InvalidParams($"{what}.topics: expected an array of at most {MaxTopics} positions");
            }

            foreach (var position in topicList.EnumerateArray())
            {
                topics.Add(ReadPosition(position, $"{what}.topics[{topics.Count}]"));
            }
        }

        return new LogFilter(addresses, topics);
    }

    /// <summary>Whether <paramref name="log"/> passes the filter.</summary>
    public bool Matches(LogEntry log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (Addresses.Count > 0 && !Contains(Addresses, log.Address))
        {
            return false;
        }

        for (var position = 0; position < Topics.Count; position++)
        {
            if (Topics[position] is { } accepted && (position >= log.Topics.Count || !Contains(accepted, log.Topics[position])))
            {
                return false;
            }
        }

        return true;
    }

    private static List<Hash256>? ReadPosition(JsonElement position, string what)
    {
        if (position.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (position.ValueKind != JsonValueKind.Array)
        {
            return [RpcValues.ReadHash(position, what)];
        }

        var alternatives = new List<Hash256>();
        foreach (var item in position.EnumerateArray())
        {
            alternatives.Add(RpcValues.ReadHash(item, what));
        }

        // An empty alternative list matches anything, as geth treats it.
        return alternatives.Count == 0 ? null : alternatives;
    }

    private static bool Contains<T>(IReadOnlyList<T> items, T value)
        where T : IEquatable<T>
    {
        foreach (var item in items)
        {
            if (item.Equals(value))
            {
                return true;
            }
        }

        return false;
    }
}
