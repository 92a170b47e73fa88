using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ProverNet.Node.Rpc;

/// <summary>
/// Turns a message (one request or a batch) into the response body. Each request runs on its own: a failing one yields
/// its error object and the others still run. As geth: a request must say <c>"jsonrpc": "2.0"</c>; one without an
/// <c>id</c> is a notification that runs and gets no answer; once a batch's answers pass the response limit, the rest of
/// the batch is not run and each gets -32003 "response too large".
/// </summary>
public sealed class RpcDispatcher
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };
    private readonly RpcMethodTable methods;
    private readonly RpcServerOptions limits;
    private readonly ILogger logger;

    /// <summary>Dispatches to <paramref name="methods"/> within <paramref name="limits"/>' batch, response and block-read limits.</summary>
    public RpcDispatcher(RpcMethodTable methods, RpcServerOptions limits, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MaxBatch);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MaxResponseBytes);
        this.methods = methods;
        this.limits = limits;
        this.logger = logger;
    }

    /// <summary>Writes the response to <paramref name="body"/> to <paramref name="output"/>; nothing when it holds only notifications.</summary>
    public void Handle(ReadOnlyMemory<byte> body, IBufferWriter<byte> output, IRpcSubscriptions? subscriptions)
    {
        ArgumentNullException.ThrowIfNull(output);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, ParseOptions);
        }
        catch (JsonException error)
        {
            WriteError(output, new RpcException(RpcErrorCodes.ParseError, $"parse error: {error.Message}"));
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            var budget = new BlockReadBudget(limits.MaxBlocksReadPerMessage);
            var answer = new ArrayBufferWriter<byte>(256);
            if (root.ValueKind != JsonValueKind.Array)
            {
                if (HandleOne(root, answer, subscriptions, budget, tooLarge: false))
                {
                    output.Write(answer.WrittenSpan);
                }

                return;
            }

            var count = root.GetArrayLength();
            if (count == 0 || count > limits.MaxBatch)
            {
                var reason = count == 0 ? "empty batch" : $"batch of {count} requests exceeds the limit of {limits.MaxBatch}";
                WriteError(output, new RpcException(RpcErrorCodes.InvalidRequest, reason));
                return;
            }

            WriteBatch(root, output, answer, subscriptions, budget);
        }
    }

    /// <summary>Writes a lone error response (for failures before any JSON is read, such as an oversized body).</summary>
    public static void WriteError(IBufferWriter<byte> output, RpcException error)
    {
        using var writer = new Utf8JsonWriter(output);
        WriteError(writer, default, error);
    }

    private void WriteBatch(JsonElement batch, IBufferWriter<byte> output, ArrayBufferWriter<byte> answer, IRpcSubscriptions? subscriptions, BlockReadBudget budget)
    {
        long written = 0;
        var answered = 0;
        foreach (var request in batch.EnumerateArray())
        {
            answer.ResetWrittenCount();
            if (!HandleOne(request, answer, subscriptions, budget, tooLarge: written > limits.MaxResponseBytes))
            {
                continue;
            }

            output.Write(answered == 0 ? "["u8 : ","u8);
            output.Write(answer.WrittenSpan);
            written += answer.WrittenCount;
            answered++;
        }

        if (answered > 0)
        {
            output.Write("]"u8);
        }
    }

    // True when the request wants an answer (it is not a notification), written to answer.
    private bool HandleOne(JsonElement request, ArrayBufferWriter<byte> answer, IRpcSubscriptions? subscriptions, BlockReadBudget budget, bool tooLarge)
    {
        var id = default(JsonElement);
        var notification = false;
        using var writer = new Utf8JsonWriter(answer);
        try
        {
            if (request.ValueKind != JsonValueKind.Object)
            {
                throw new RpcException(RpcErrorCodes.InvalidRequest, $"invalid request: expected an object, got {RpcValues.Describe(request)}");
            }

            id = ReadId(request);
            var (method, parameters) = ReadCall(request);
            notification = id.ValueKind == JsonValueKind.Undefined;
            if (tooLarge)
            {
                // geth's errcodeResponseTooLarge: the batch already answered more than the limit, so this one does not run.
                throw new RpcException(RpcErrorCodes.ResponseTooLarge, "response too large");
            }

            var handler = methods.Find(method)
                ?? throw new RpcException(RpcErrorCodes.MethodNotFound, $"the method {method} does not exist/is not available");
            WriteEnvelope(writer, id);
            writer.WritePropertyName("result");
            handler(new RpcParams(method, parameters, subscriptions, budget), writer);
            writer.WriteEndObject();
            writer.Flush();
        }
        catch (RpcException error)
        {
            Fail(writer, answer, id, error);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            logger.LogError(error, "JSON-RPC request failed");
            Fail(writer, answer, id, new RpcException($"internal error: {error.Message}"));
        }

        // A well-formed request without an id is a notification: it ran, and neither its result nor its error is sent.
        return !notification;
    }

    private static void Fail(Utf8JsonWriter writer, ArrayBufferWriter<byte> answer, JsonElement id, RpcException error)
    {
        // Drop whatever part of the result was written before the failure.
        writer.Reset();
        answer.ResetWrittenCount();
        WriteError(writer, id, error);
        writer.Flush();
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
        if (!request.TryGetProperty("jsonrpc", out var version) || !(version.ValueKind == JsonValueKind.String && version.ValueEquals("2.0")))
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
