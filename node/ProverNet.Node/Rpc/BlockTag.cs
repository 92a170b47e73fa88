using System.Text.Json;
using ProverNet.Core;

namespace ProverNet.Node.Rpc;

/// <summary>
/// A block parameter: a number, a hash (EIP-1898) or a tag. "latest" and "pending" are the head (unsafe: sequenced),
/// "safe" the newest block whose batch is on L1 and derives to it, "finalized" the newest whose L1 data and output are
/// final (docs/architecture.md §2).
/// </summary>
/// <param name="Number">The block number, when given by number or as "earliest"; null for a tag.</param>
/// <param name="Hash">The block hash, when given by hash.</param>
/// <param name="IsPending">"pending": the head for blocks, the mempool for nonces.</param>
/// <param name="Level">For a tag: which head it names.</param>
public readonly record struct BlockTag(ulong? Number, Hash256? Hash, bool IsPending, FinalityLevel Level = FinalityLevel.Unsafe)
{
    /// <summary>The head ("latest").</summary>
    public static BlockTag Latest => default;

    /// <summary>Reads a block number, tag or EIP-1898 object.</summary>
    public static BlockTag Read(JsonElement value, string what)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (RpcValues.Member(value, "blockHash") is { } hash)
            {
                return new BlockTag(null, RpcValues.ReadHash(hash, what + ".blockHash"), false);
            }

            return RpcValues.Member(value, "blockNumber") is { } number
                ? Read(number, what + ".blockNumber")
                : throw RpcException.InvalidParams($"{what}: an object block parameter needs blockHash or blockNumber");
        }

        var text = RpcValues.ReadString(value, what);
        return text switch
        {
            "latest" => Latest,
            "safe" => new BlockTag(null, null, false, FinalityLevel.Safe),
            "finalized" => new BlockTag(null, null, false, FinalityLevel.Finalized),
            "pending" => new BlockTag(null, null, true),
            "earliest" => new BlockTag(0, null, false),
            _ when text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) => new BlockTag(RpcValues.ReadQuantity(value, what), null, false),
            _ => throw RpcException.InvalidParams($"{what}: expected a block number or one of latest, earliest, pending, safe, finalized; got \"{text}\""),
        };
    }
}
