using System.Globalization;
using System.Text.Json;

namespace ProverNet.Core.Json;

/// <summary>
/// One value of a JSON document together with its path, read strictly: each accessor checks the JSON kind and the
/// range, and a failure throws <see cref="JsonFieldException"/> naming the field. Big amounts are decimal strings,
/// as JavaScript numbers cannot hold them.
/// </summary>
public readonly struct JsonField
{
    private readonly JsonElement element;

    /// <summary>Wraps <paramref name="element"/> found at <paramref name="path"/>.</summary>
    public JsonField(JsonElement element, string path)
    {
        this.element = element;
        Path = path;
    }

    /// <summary>Where the value sits in its document.</summary>
    public string Path { get; }

    /// <summary>Parses <paramref name="json"/>; the root takes the name <paramref name="rootName"/> in error paths.</summary>
    public static JsonField Parse(string json, string rootName)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            return new JsonField(document.RootElement.Clone(), rootName);
        }
        catch (JsonException error)
        {
            throw new JsonFieldException(rootName, $"not valid JSON ({error.Message})");
        }
    }

    /// <summary>This value as an object whose fields are read by name.</summary>
    public JsonObjectReader AsObject()
    {
        Expect(JsonValueKind.Object, "an object");
        return new JsonObjectReader(element, Path);
    }

    /// <summary>This value as an array of fields, paths indexed.</summary>
    public IReadOnlyList<JsonField> AsArray()
    {
        Expect(JsonValueKind.Array, "an array");
        var items = new List<JsonField>(element.GetArrayLength());
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            items.Add(new JsonField(item, string.Create(CultureInfo.InvariantCulture, $"{Path}[{index++}]")));
        }

        return items;
    }

    /// <summary>A non-empty string.</summary>
    public string AsString()
    {
        Expect(JsonValueKind.String, "a string");
        var text = element.GetString()!;
        return text.Length > 0 ? text : throw Fail("must not be empty");
    }

    /// <summary>true or false.</summary>
    public bool AsBoolean() => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Fail($"expected true or false, got {Describe()}"),
    };

    /// <summary>An integer JSON number within <paramref name="min"/>..<paramref name="max"/>.</summary>
    public ulong AsUInt64(ulong min = 0, ulong max = ulong.MaxValue)
    {
        Expect(JsonValueKind.Number, "an integer");
        if (!element.TryGetUInt64(out var value) || value < min || value > max)
        {
            throw Fail($"expected an integer from {min} to {max}, got {element.GetRawText()}");
        }

        return value;
    }

    /// <summary>An integer JSON number within <paramref name="min"/>..<paramref name="max"/>.</summary>
    public uint AsUInt32(uint min = 0, uint max = uint.MaxValue) => (uint)AsUInt64(min, max);

    /// <summary>A decimal string of wei.</summary>
    public Amount AsAmount()
    {
        Expect(JsonValueKind.String, "a decimal string of wei");
        return Amount.TryParse(element.GetString()!, out var amount, out var error) ? amount : throw Fail(error);
    }

    /// <summary>A decimal string of wei within <paramref name="min"/>..<paramref name="max"/>.</summary>
    public Amount AsAmount(Amount min, Amount max)
    {
        var amount = AsAmount();
        return amount >= min && amount <= max ? amount : throw Fail($"expected an amount from {min} to {max} wei, got {amount}");
    }

    /// <summary>A <c>0x</c>-prefixed 20-byte address (EIP-55 checked when mixed case).</summary>
    public Address AsAddress()
    {
        Expect(JsonValueKind.String, "an address string");
        return Address.TryParse(element.GetString()!, out var address, out var error) ? address : throw Fail(error);
    }

    /// <summary>A <c>0x</c>-prefixed 32-byte hash.</summary>
    public Hash256 AsHash()
    {
        Expect(JsonValueKind.String, "a hash string");
        try
        {
            return Hash256.Parse(element.GetString()!);
        }
        catch (FormatException bad)
        {
            throw Fail(bad.Message);
        }
    }

    /// <summary>Throws a <see cref="JsonFieldException"/> for this field; returns it so callers can <c>throw</c>.</summary>
    public JsonFieldException Fail(string problem) => new(Path, problem);

    private void Expect(JsonValueKind kind, string what)
    {
        if (element.ValueKind != kind)
        {
            throw Fail($"expected {what}, got {Describe()}");
        }
    }

    private string Describe() => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Null => "null",
        _ => element.GetRawText(),
    };
}
