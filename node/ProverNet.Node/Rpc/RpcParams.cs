using System.Text.Json;
using ProverNet.Core;

namespace ProverNet.Node.Rpc;

/// <summary>A request's positional parameters, read by index with errors that name the parameter and say why.</summary>
public sealed class RpcParams
{
    private readonly JsonElement array;

    /// <summary>Wraps the <c>params</c> array (default: none) of <paramref name="method"/>.</summary>
    public RpcParams(string method, JsonElement array, IRpcSubscriptions? subscriptions, BlockReadBudget budget)
    {
        Method = method;
        this.array = array;
        Count = array.ValueKind == JsonValueKind.Array ? array.GetArrayLength() : 0;
        Subscriptions = subscriptions;
        Budget = budget;
    }

    /// <summary>The method called.</summary>
    public string Method { get; }

    /// <summary>How many parameters were given.</summary>
    public int Count { get; }

    /// <summary>The connection's subscriptions (WebSocket only); null over HTTP.</summary>
    public IRpcSubscriptions? Subscriptions { get; }

    /// <summary>The blocks the message this request came in may still read.</summary>
    public BlockReadBudget Budget { get; }

    /// <summary>Refuses more than <paramref name="max"/> parameters (geth: "too many arguments").</summary>
    public void EnsureAtMost(int max)
    {
        if (Count > max)
        {
            throw RpcException.InvalidParams($"too many arguments, want at most {max}");
        }
    }

    /// <summary>Parameter <paramref name="index"/>, or null when absent or JSON null.</summary>
    public JsonElement? Optional(int index) =>
        index < Count && array[index] is { ValueKind: not JsonValueKind.Null } value ? value : null;

    /// <summary>Parameter <paramref name="index"/>, which must be there.</summary>
    public JsonElement Required(int index, string name) =>
        Optional(index) ?? throw RpcException.InvalidParams($"missing value for required argument {index} ({name})");

    /// <summary>An address parameter.</summary>
    public Address Address(int index, string name) => RpcValues.ReadAddress(Required(index, name), Label(index, name));

    /// <summary>A 32-byte hash parameter.</summary>
    public Hash256 Hash(int index, string name) => RpcValues.ReadHash(Required(index, name), Label(index, name));

    /// <summary>A hex data parameter.</summary>
    public byte[] Data(int index, string name) => RpcValues.ReadData(Required(index, name), Label(index, name));

    /// <summary>A 64-bit quantity parameter.</summary>
    public ulong Quantity(int index, string name) => RpcValues.ReadQuantity(Required(index, name), Label(index, name));

    /// <summary>A boolean parameter, which must be there (geth's non-pointer arguments).</summary>
    public bool Bool(int index, string name) => RpcValues.ReadBool(Required(index, name), Label(index, name));

    /// <summary>A block parameter, which must be there (geth's non-pointer arguments).</summary>
    public BlockTag Block(int index, string name) => BlockTag.Read(Required(index, name), Label(index, name));

    /// <summary>A block parameter, "latest" when absent (geth's optional <c>*BlockNumberOrHash</c> arguments).</summary>
    public BlockTag OptionalBlock(int index, string name) =>
        Optional(index) is { } value ? BlockTag.Read(value, Label(index, name)) : BlockTag.Latest;

    /// <summary>How errors name parameter <paramref name="index"/>.</summary>
    public static string Label(int index, string name) => $"invalid argument {index} ({name})";
}
