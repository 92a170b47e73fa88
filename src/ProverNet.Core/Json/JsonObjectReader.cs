using System.Text.Json;

namespace ProverNet.Core.Json;

/// <summary>
/// Reads an object's fields by name and, on <see cref="EnsureNoUnknownFields"/>, rejects any field that was never asked
/// for, so a misspelt key is an error instead of a silently applied default.
/// </summary>
public sealed class JsonObjectReader
{
    private readonly JsonElement element;
    private readonly List<string> known = [];

    internal JsonObjectReader(JsonElement element, string path)
    {
        this.element = element;
        Path = path;
    }

    /// <summary>Where the object sits in its document.</summary>
    public string Path { get; }

    /// <summary>The object's field names, in document order: for maps keyed by data, such as address to address.</summary>
    public IReadOnlyList<string> Names => [.. element.EnumerateObject().Select(property => property.Name)];

    /// <summary>The field <paramref name="name"/>, which must be present and not null.</summary>
    public JsonField Required(string name) =>
        Optional(name) ?? throw new JsonFieldException(ChildPath(name), "is required");

    /// <summary>The field <paramref name="name"/>, or null when absent or null.</summary>
    public JsonField? Optional(string name)
    {
        known.Add(name);
        return element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonField(value, ChildPath(name))
            : null;
    }

    /// <summary>Throws when the object holds a field that no <see cref="Required"/> or <see cref="Optional"/> named.</summary>
    public void EnsureNoUnknownFields()
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new JsonFieldException(ChildPath(property.Name), "unknown field");
            }
        }
    }

    private string ChildPath(string name) => Path.Length == 0 ? name : $"{Path}.{name}";
}
