using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ProverNet.Node.Rpc;

/// <summary>
/// Turns a request body (one request or a batch) into the response body. Each request runs on its own: a failing one
/// yields its error object and the others still run. A request without an id is answered with id null rather than
/// dropped, since no Ethereum client relies on notifications and a silent drop hides mistakes.
/// </summary>
public sealed class RpcDispatcher
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };
    private readonly RpcMethodTable methods;
    private readonly int maxBatch;
    private readonly ILogger logger;

    /// <summary>Dispatches to <paramref name="methods"/>, refusing batches over <paramref name="maxBatch"/>.</summary>
    public RpcDispatcher(RpcMethodTable methods, int maxBatch, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBatch);
        this.methods = methods;
        this.maxBatch = maxBatch;
        this.logger = logger;
    }

    /// <summary>The response to <paramref name="body"/>, written to <paramref name="output"/>.</summary>
    public void Handle(ReadOnlyMemory<byte> body, IBufferWriter<byte> output, IRpcSubscriptions? subscriptions)
    {
        using var writer = new Utf8JsonWriter(output);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, ParseOptions);
        }
        catch (JsonException error)
        {
            WriteError(writer, default, new RpcException(RpcErrorCodes.ParseError, $"parse error: {error.Message}"));
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                HandleOne(root, writer, new ArrayBufferWriter<byte>(256), subscriptions);
                return;
            }

            var count = root.GetArrayLength();
            if (count == 0 || count > maxBatch)
            {
                var reason = count == 0 ? "empty batch" : $"batch of {count} requests exceeds the limit of {maxBatch}";
                WriteError(writer, default, new RpcException(RpcErrorCodes.InvalidRequest, reason));
                return;
            }

            var scratch = new ArrayBufferWriter<byte>(256);
            writer.WriteStartArray();
            foreach (var request in root.EnumerateArray())
            {
                HandleOne(request, writer, scratch, subscriptions);
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>Writes a lone error response (for failures before any JSON is read, such as an oversized body).</summary>
    public static void WriteError(IBufferWriter<byte> output, RpcException error)
    {
        using var writer = new Utf8JsonWriter(output);
        WriteError(writer, default, error);
    }

    private void HandleOne(JsonElement request, Utf8JsonWriter writer, ArrayBufferWriter<byte> scratch, IRpcSubscriptions? subscriptions)
    {
        var id = default(JsonElement);
        try
        {
            if (request.ValueKind != JsonValueKind.Object)
            {
                throw new RpcException(RpcErrorCodes.InvalidRequest, $"invalid request: expected an object, got {RpcValues.Describe(request)}");
            }

            id = ReadId(request);
            var (method, parameters) = ReadCall(request);
            var handler = methods.Find(method)
                ?? throw new RpcException(RpcErrorCodes.MethodNotFound, $"the method {method} does not exist/is not available");
            scratch.ResetWrittenCount();
            using (var result = new Utf8JsonWriter(scratch))
            {
                handler(new RpcParams(method, parameters, subscriptions), result);
            }

            WriteEnvelope(writer, id);
            writer.WritePropertyName("result");
            writer.WriteRawValue(scratch.WrittenSpan, skipInputValidation: true);
            writer.WriteEndObject();
        }
        catch (RpcException error)
        {
            WriteError(writer, id, error);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            logger.LogError(error, "JSON-RPC request failed");
            WriteError(writer, id, new RpcException($"internal error: {error.Message}"));
        }
    }

    private static JsonElement ReadId(JsonElement request)
    {
        if (!request.TryGetProperty("id", out var id))
        {
            return default;
        }

        return id.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null
            ? id
            : throw new RpcException(RpcErrorCodes.InvalidRequest, $"invalid request: id must be a string, a number or null, got {RpcValues.Describe(id)}");
    }

    private static (string Method, JsonElement Parameters) ReadCall(JsonElement request)
    {
        if (request.TryGetProperty("jsonrpc", out var version) && !(version.ValueKind == JsonValueKind.String && version.ValueEquals("2.0")))
        {
            throw new RpcException(RpcErrorCodes.InvalidRequest, "invalid request: jsonrpc must be \"2.0\"");
        }

        if (!request.TryGetProperty("method", out var method) || method.ValueKind != JsonValueKind.String)
        {
            throw new RpcException(RpcErrorCodes.InvalidRequest, "invalid request: method must be a string");
        }

        var parameters = request.TryGetProperty("params", out var given) ? given : default;
        if (parameters.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Array))
        {
            throw RpcException.InvalidParams($"params must be an array, got {RpcValues.Describe(parameters)}");
        }

        return (method.GetString()!, parameters);
    }

    private static void WriteEnvelope(Utf8JsonWriter writer, JsonElement id)
    {
        writer.WriteStartObject();
        writer.WriteString("jsonrpc", "2.0");
        writer.WritePropertyName("id");
        if (id.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteNullValue();
        }
        else
        {
            id.WriteTo(writer);
        }
    }

    private static void WriteError(Utf8JsonWriter writer, JsonElement id, RpcException error)
    {
        WriteEnvelope(writer, id);
        writer.WriteStartObject("error");
        writer.WriteNumber("code", error.Code);
        writer.WriteString("message", error.Message);
        if (error.Data0x is { } data)
        {
            writer.WriteString("data", data);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
