using System.Globalization;
using System.Text.Json;
using ProverNet.Core;

namespace ProverNet.Node.Rpc;

/// <summary>Ethereum's JSON encodings: quantities as minimal <c>0x</c> hex ("0x0" for zero), data and hashes as <c>0x</c> hex.</summary>
public static class RpcJson
{
    /// <summary>A quantity.</summary>
    public static string Quantity(ulong value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>A 128-bit quantity.</summary>
    public static string Quantity(UInt128 value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>Writes a quantity member.</summary>
    public static void WriteQuantity(this Utf8JsonWriter writer, string name, ulong value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString(name, Quantity(value));
    }

    /// <summary>Writes a 128-bit quantity member.</summary>
    public static void WriteQuantity(this Utf8JsonWriter writer, string name, UInt128 value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString(name, Quantity(value));
    }

    /// <summary>Writes a 256-bit quantity member.</summary>
    public static void WriteQuantity(this Utf8JsonWriter writer, string name, UInt256 value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString(name, value.ToHexQuantity());
    }

    /// <summary>Writes a data member.</summary>
    public static void WriteData(this Utf8JsonWriter writer, string name, ReadOnlySpan<byte> value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString(name, Hex.Encode(value));
    }

    /// <summary>Writes a hash member.</summary>
    public static void WriteHash(this Utf8JsonWriter writer, string name, Hash256 value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString(name, value.ToString());
    }

    /// <summary>Writes an address member.</summary>
    public static void WriteAddress(this Utf8JsonWriter writer, string name, Address value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString(name, value.ToString());
    }
}
