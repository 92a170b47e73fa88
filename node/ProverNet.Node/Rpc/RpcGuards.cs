using System.Net;
using Microsoft.AspNetCore.Http;

namespace ProverNet.Node.Rpc;

/// <summary>
/// geth's browser guards: the HTTP <c>Host</c> against <c>Rpc:VirtualHosts</c> (DNS rebinding needs a name, so IP
/// addresses pass), CORS only for <c>Rpc:CorsOrigins</c>, the WebSocket <c>Origin</c> against
/// <c>Rpc:WebSocketOrigins</c> (localhost and this machine's name when unset; no Origin header = not a browser = allowed,
/// as geth's <c>wsHandshakeValidator</c>), and JSON content types only.
/// </summary>
internal sealed class RpcGuards
{
    private static readonly string[] JsonContentTypes = ["application/json", "application/json-rpc", "application/jsonrequest"];
    private readonly string[] corsOrigins;
    private readonly string[] virtualHosts;
    private readonly string[] webSocketOrigins;

    public RpcGuards(RpcServerOptions options)
    {
        corsOrigins = List(options.CorsOrigins);
        virtualHosts = List(options.VirtualHosts);
        var origins = List(options.WebSocketOrigins);
        webSocketOrigins = origins.Length > 0 ? origins : ["http://localhost", "http://" + Dns.GetHostName()];
    }

    /// <summary>Whether the <c>Host</c> header names this node (or is absent, as in HTTP/1.0).</summary>
    public bool AllowsHost(HttpRequest request)
    {
        var host = request.Host.Host;
        return string.IsNullOrEmpty(host)
            || IPAddress.TryParse(host.Trim('[', ']'), out _)
            || virtualHosts.Any(allowed => allowed == "*" || string.Equals(allowed, host, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the body is declared as JSON (geth answers anything else with 415).</summary>
    public static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type
        && JsonContentTypes.Contains(type.Split(';')[0].Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds <c>Access-Control-Allow-Origin</c> when the request's origin is listed; true if it did.</summary>
    public bool ApplyCors(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0 || corsOrigins.Length == 0)
        {
            return false;
        }

        if (corsOrigins.Contains("*", StringComparer.Ordinal))
        {
            context.Response.Headers.AccessControlAllowOrigin = "*";
            return true;
        }

        context.Response.Headers.Vary = "Origin";
        if (!corsOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        context.Response.Headers.AccessControlAllowOrigin = origin;
        return true;
    }

    /// <summary>Whether a WebSocket handshake may proceed from its <c>Origin</c>.</summary>
    public bool AllowsWebSocketOrigin(HttpRequest request)
    {
        if (!request.Headers.TryGetValue("Origin", out var given))
        {
            return true;
        }

        var origin = given.ToString();
        return webSocketOrigins.Any(allowed => allowed == "*" || OriginMatches(allowed, origin));
    }

    // geth's ruleAllowsOrigin: scheme and port must match only where the rule gives them, the host always.
    private static bool OriginMatches(string allowed, string origin)
    {
        if (!TryParse(allowed, out var rule) || !TryParse(origin, out var browser))
        {
            return false;
        }

        return (rule.Scheme is null || browser.Scheme is null || rule.Scheme == browser.Scheme)
            && rule.Host == browser.Host
            && (rule.Port is null || browser.Port is null || rule.Port == browser.Port);
    }

    private static bool TryParse(string origin, out (string? Scheme, string Host, string? Port) parts)
    {
        var text = origin.ToLowerInvariant();
        var scheme = default(string);
        var separator = text.IndexOf("://", StringComparison.Ordinal);
        if (separator >= 0)
        {
            scheme = text[..separator];
            text = text[(separator + 3)..];
        }

        text = text.Split('/')[0];
        var colon = text.LastIndexOf(':');
        var port = colon >= 0 && !text.EndsWith(']') ? text[(colon + 1)..] : null;
        var host = port is null ? text : text[..colon];
        parts = (scheme, host, port);
        return host.Length > 0;
    }

    private static string[] List(string setting) =>
        setting.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
