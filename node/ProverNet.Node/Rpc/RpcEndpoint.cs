using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ProverNet.Node.Rpc;

/// <summary>
/// The HTTP side: POST bodies up to the size limit go to the dispatcher; an oversized one is refused with HTTP 413 and
/// a JSON-RPC error body; WebSocket upgrades become <see cref="WebSocketSession"/>s. CORS is open, as on geth's
/// <c>--http.corsdomain "*"</c>, since the server binds to loopback by default and browser dapps call it directly.
/// </summary>
internal sealed class RpcEndpoint(RpcDispatcher dispatcher, RpcServices services, RpcServerOptions options, ILogger logger)
{
    private const string JsonContentType = "application/json";

    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.AccessControlAllowOrigin = "*";
        if (context.WebSockets.IsWebSocketRequest)
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await using var session = new WebSocketSession(socket, dispatcher, services.Feed, services.Chain.Genesis.Rollup.Sequencer, options.MaxRequestBytes, logger);
            await session.RunAsync(context.RequestAborted);
            return;
        }

        if (HttpMethods.IsOptions(context.Request.Method))
        {
            response.Headers.AccessControlAllowMethods = "POST, OPTIONS";
            response.Headers.AccessControlAllowHeaders = "Content-Type";
            response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await RespondErrorAsync(response, StatusCodes.Status405MethodNotAllowed, new RpcException(RpcErrorCodes.InvalidRequest, "JSON-RPC takes POST requests (or a WebSocket upgrade)"));
            return;
        }

        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            await RespondErrorAsync(response, StatusCodes.Status413PayloadTooLarge, new RpcException(RpcErrorCodes.InvalidRequest, $"request body exceeds the {options.MaxRequestBytes}-byte limit"));
            return;
        }

        var output = new ArrayBufferWriter<byte>(512);
        dispatcher.Handle(body.Value, output, subscriptions: null);
        response.ContentType = JsonContentType;
        response.ContentLength = output.WrittenCount;
        await response.Body.WriteAsync(output.WrittenMemory, context.RequestAborted);
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

    private static async Task RespondErrorAsync(HttpResponse response, int status, RpcException error)
    {
        var output = new ArrayBufferWriter<byte>(256);
        RpcDispatcher.WriteError(output, error);
        response.StatusCode = status;
        response.ContentType = JsonContentType;
        await response.Body.WriteAsync(output.WrittenMemory);
    }
}
