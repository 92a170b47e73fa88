using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ProverNet.Node.Rpc;

/// <summary>
/// The HTTP side: POST bodies up to the size limit go to the dispatcher; an oversized or too slow one is refused
/// (413 / 408) with a JSON-RPC error body and one debug line; WebSocket upgrades become <see cref="WebSocketSession"/>s
/// up to the connection limit. The browser guards are <see cref="RpcGuards"/>'.
/// </summary>
internal sealed class RpcEndpoint(RpcDispatcher dispatcher, NotificationHub hub, RpcServerOptions options, ILogger logger)
{
    private const string JsonContentType = "application/json";
    private readonly RpcGuards guards = new(options);

    /// <summary>Open WebSockets and their subscriptions.</summary>
    public RpcConnectionCounts Counts { get; } = new();

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (context.WebSockets.IsWebSocketRequest)
        {
            await HandleWebSocketAsync(context);
            return;
        }

        if (!guards.AllowsHost(request))
        {
            await RespondErrorAsync(response, StatusCodes.Status403Forbidden, new RpcException(RpcErrorCodes.InvalidRequest, "invalid host specified"));
            return;
        }

        var cors = guards.ApplyCors(context);
        if (HttpMethods.IsOptions(request.Method))
        {
            if (cors)
            {
                response.Headers.AccessControlAllowMethods = "POST, OPTIONS";
                response.Headers.AccessControlAllowHeaders = "Content-Type";
            }

            response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            await RespondErrorAsync(response, StatusCodes.Status405MethodNotAllowed, new RpcException(RpcErrorCodes.InvalidRequest, "JSON-RPC takes POST requests (or a WebSocket upgrade)"));
            return;
        }

        if (!RpcGuards.IsJson(request))
        {
            await RespondErrorAsync(response, StatusCodes.Status415UnsupportedMediaType, new RpcException(RpcErrorCodes.InvalidRequest, "invalid content type, only application/json is supported"));
            return;
        }

        ReadOnlyMemory<byte>? body;
        try
        {
            body = await ReadBodyAsync(request, context.RequestAborted);
        }
        catch (BadHttpRequestException error)
        {
            // Kestrel's verdict on the body (too slow: 408): one debug line, since any client can cause it at will.
            logger.LogDebug("JSON-RPC body refused from {Remote}: {Status} {Reason}", context.Connection.RemoteIpAddress, error.StatusCode, error.Message);
            await TryRespondErrorAsync(response, error.StatusCode, new RpcException(RpcErrorCodes.InvalidRequest, error.Message));
            return;
        }

        if (body is null)
        {
            logger.LogDebug("JSON-RPC body refused from {Remote}: 413 over {Limit} bytes", context.Connection.RemoteIpAddress, options.MaxRequestBytes);
            await RespondErrorAsync(response, StatusCodes.Status413PayloadTooLarge, new RpcException(RpcErrorCodes.InvalidRequest, $"request body exceeds the {options.MaxRequestBytes}-byte limit"));
            return;
        }

        var output = new ArrayBufferWriter<byte>(512);
        dispatcher.Handle(body.Value, output, subscriptions: null);
        response.ContentType = JsonContentType;
        response.ContentLength = output.WrittenCount;
        await response.Body.WriteAsync(output.WrittenMemory, context.RequestAborted);
    }

    private async Task HandleWebSocketAsync(HttpContext context)
    {
        if (!guards.AllowsWebSocketOrigin(context.Request))
        {
            logger.LogDebug("WebSocket refused: origin {Origin} not allowed", context.Request.Headers.Origin.ToString());
            await RespondErrorAsync(context.Response, StatusCodes.Status403Forbidden, new RpcException(RpcErrorCodes.InvalidRequest, $"origin {context.Request.Headers.Origin} not allowed (Rpc:WebSocketOrigins)"));
            return;
        }

        if (!Counts.TryOpenWebSocket(options.MaxWebSocketConnections))
        {
            await RespondErrorAsync(context.Response, StatusCodes.Status503ServiceUnavailable, new RpcException(RpcErrorCodes.LimitExceeded, $"too many WebSocket connections: the limit is {options.MaxWebSocketConnections}"));
            return;
        }

        try
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await using var session = new WebSocketSession(socket, dispatcher, hub, options, Counts, logger);
            await session.RunAsync(context.RequestAborted);
        }
        finally
        {
            Counts.CloseWebSocket();
        }
    }

    private async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = options.MaxRequestBytes;
        if (request.ContentLength is { } length)
        {
            if (length > limit)
            {
                return null;
            }

            var exact = new byte[length];
            await request.Body.ReadExactlyAsync(exact, cancellationToken);
            return exact;
        }

        // Chunked: read until the end or one byte past the limit.
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(16 * 1024), cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }

    private static async Task TryRespondErrorAsync(HttpResponse response, int status, RpcException error)
    {
        if (response.HasStarted)
        {
            return;
        }

        try
        {
            await RespondErrorAsync(response, status, error);
        }
        catch (Exception failure) when (failure is IOException or OperationCanceledException or InvalidOperationException)
        {
            // The connection is already being closed by Kestrel; the status line may not reach the client.
        }
    }

    private static async Task RespondErrorAsync(HttpResponse response, int status, RpcException error)
    {
        var output = new ArrayBufferWriter<byte>(256);
        RpcDispatcher.WriteError(output, error);
        response.StatusCode = status;
        response.ContentType = JsonContentType;
        await response.Body.WriteAsync(output.WrittenMemory);
    }
}
