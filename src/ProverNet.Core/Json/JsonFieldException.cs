namespace ProverNet.Core.Json;

/// <summary>A JSON document has a missing, unknown or malformed field; <see cref="Path"/> names it.</summary>
public sealed class JsonFieldException : FormatException
{
    /// <summary>Creates the error for the field at <paramref name="path"/>.</summary>
    public JsonFieldException(string path, string problem)
        : base($"{path}: {problem}")
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The field's path, e.g. <c>params.classes[2].minUnits</c>.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
