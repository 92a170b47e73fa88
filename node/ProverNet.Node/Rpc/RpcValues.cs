using System.Globalization;
using System.Text.Json;
using ProverNet.Core;

namespace ProverNet.Node.Rpc;

/// <summary>
/// Reads Ethereum JSON-RPC values (hex quantities, data, addresses, hashes) out of request JSON; anything else is an
/// invalid-params error that names <c>what</c> and says why.
/// </summary>
public static class RpcValues
{
    /// <summary>A <c>0x</c> hex quantity without leading zeros that fits in 64 bits.</summary>
    public static ulong ReadQuantity(JsonElement value, string what)
    {
        var digits = QuantityDigits(value, what, maxDigits: 16);
        return ulong.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    /// <summary>A <c>0x</c> hex quantity that fits in 256 bits.</summary>
    public static UInt256 ReadBigQuantity(JsonElement value, string what)
    {
        var digits = QuantityDigits(value, what, maxDigits: 64);
        Span<byte> bytes = stackalloc byte[UInt256.Length];
        bytes.Clear();
        var padded = digits.PadLeft(64, '0');
        Convert.FromHexString(padded, bytes, out _, out _);
        return UInt256.FromBigEndian(bytes);
    }

    /// <summary><c>0x</c> hex bytes (an even number of digits).</summary>
    public static byte[] ReadData(JsonElement value, string what)
    {
        var text = ReadString(value, what);
        return Hex.TryDecode(text, out var bytes, out var error) ? bytes : throw RpcException.InvalidParams($"{what}: {error}");
    }

    /// <summary>A 20-byte address.</summary>
    public static Address ReadAddress(JsonElement value, string what)
    {
        var text = ReadString(value, what);
        return Address.TryParse(text, out var address, out var error) ? address : throw RpcException.InvalidParams($"{what}: {error}");
    }

    /// <summary>A 32-byte hash.</summary>
    public static Hash256 ReadHash(JsonElement value, string what)
    {
        var bytes = ReadData(value, what);
        return bytes.Length == Hash256.Length
            ? new Hash256(bytes)
            : throw RpcException.InvalidParams($"{what}: a hash is 32 bytes, got {bytes.Length}");
    }

    /// <summary>A JSON string.</summary>
    public static string ReadString(JsonElement value, string what) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw RpcException.InvalidParams($"{what}: expected a string, got {Describe(value)}");

    /// <summary>A JSON boolean.</summary>
    public static bool ReadBool(JsonElement value, string what) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw RpcException.InvalidParams($"{what}: expected a boolean, got {Describe(value)}"),
    };

    /// <summary>A JSON object.</summary>
    public static JsonElement ReadObject(JsonElement value, string what) =>
        value.ValueKind == JsonValueKind.Object ? value : throw RpcException.InvalidParams($"{what}: expected an object, got {Describe(value)}");

    /// <summary>The member <paramref name="name"/> of <paramref name="value"/> when present and not null.</summary>
    public static JsonElement? Member(JsonElement value, string name) =>
        value.TryGetProperty(name, out var member) && member.ValueKind != JsonValueKind.Null ? member : null;

    /// <summary>How a JSON value looks, for error messages.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string QuantityDigits(JsonElement value, string what, int maxDigits)
    {
        var text = ReadString(value, what);
        if (!text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || text.Length == 2)
        {
            throw RpcException.InvalidParams($"{what}: a quantity is 0x followed by hex digits, got \"{Truncate(text)}\"");
        }

        // geth (hexutil) refuses "0x01": a quantity has one spelling, so "0x0" is the only one that starts with 0.
        var digits = text.AsSpan(2);
        if (digits.Length > 1 && digits[0] == '0')
        {
            throw RpcException.InvalidParams($"{what}: hex number with leading zero digits, got \"{Truncate(text)}\"");
        }

        if (digits.Length > maxDigits)
        {
            throw RpcException.InvalidParams($"{what}: {Truncate(text)} does not fit in {maxDigits * 4} bits");
        }

        foreach (var digit in digits)
        {
            if (!char.IsAsciiHexDigit(digit))
            {
                throw RpcException.InvalidParams($"{what}: '{digit}' is not a hex digit in \"{Truncate(text)}\"");
            }
        }

        return digits.ToString();
    }

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
