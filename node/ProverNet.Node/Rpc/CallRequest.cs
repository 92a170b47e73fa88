using System.Text.Json;
using ProverNet.Core;

namespace ProverNet.Node.Rpc;

/// <summary>The transaction-like object of <c>eth_call</c> and <c>eth_estimateGas</c>; fee fields are accepted and not needed.</summary>
/// <param name="From">The sender (zero address when not given).</param>
/// <param name="To">The target; null for a creation, which ProverNet refuses.</param>
/// <param name="Value">Wei sent.</param>
/// <param name="Data">The calldata (<c>data</c> or <c>input</c>).</param>
public sealed record CallRequest(Address From, Address? To, UInt256 Value, byte[] Data)
{
    /// <summary>Reads the call object <paramref name="value"/>.</summary>
    public static CallRequest Read(JsonElement value, string what)
    {
        RpcValues.ReadObject(value, what);
        var from = RpcValues.Member(value, "from") is { } sender ? RpcValues.ReadAddress(sender, what + ".from") : Address.Zero;
        Address? to = RpcValues.Member(value, "to") is { } target ? RpcValues.ReadAddress(target, what + ".to") : null;
        var amount = RpcValues.Member(value, "value") is { } given ? RpcValues.ReadBigQuantity(given, what + ".value") : UInt256.Zero;
        foreach (var quantity in (ReadOnlySpan<string>)["gas", "gasPrice", "maxFeePerGas", "maxPriorityFeePerGas", "nonce"])
        {
            if (RpcValues.Member(value, quantity) is { } field)
            {
                RpcValues.ReadBigQuantity(field, $"{what}.{quantity}");
            }
        }

        var data = RpcValues.Member(value, "data") is { } dataField ? RpcValues.ReadData(dataField, what + ".data") : null;
        var input = RpcValues.Member(value, "input") is { } inputField ? RpcValues.ReadData(inputField, what + ".input") : null;
        if (data is not null && input is not null && !data.AsSpan().SequenceEqual(input))
        {
            throw RpcException.InvalidParams($"{what}: both data and input are set and differ (send one of them)");
        }

        return new CallRequest(from, to, amount, input ?? data ?? []);
    }
}
