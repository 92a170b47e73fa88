namespace ProverNet.Node.Rpc;

/// <summary>A request that fails with a JSON-RPC error: what the client receives as <c>error</c>.</summary>
public sealed class RpcException : Exception
{
    /// <summary>An error with <paramref name="code"/>, <paramref name="message"/> and optional hex <paramref name="data"/>.</summary>
    public RpcException(int code, string message, string? data = null)
        : base(message)
    {
        Code = code;
        Data0x = data;
    }

    /// <summary>An internal error (code -32603).</summary>
    public RpcException()
        : this(RpcErrorCodes.InternalError, "internal error")
    {
    }

    /// <summary>An internal error (code -32603) saying <paramref name="message"/>.</summary>
    public RpcException(string message)
        : this(RpcErrorCodes.InternalError, message)
    {
    }

    /// <summary>An internal error (code -32603) saying <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public RpcException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = RpcErrorCodes.InternalError;
    }

    /// <summary>The JSON-RPC error code.</summary>
    public int Code { get; }

    /// <summary>The error's <c>data</c> as <c>0x</c> hex (a revert's ABI-encoded reason), or null.</summary>
    public string? Data0x { get; }

    /// <summary>Wrong parameter: code -32602.</summary>
    public static RpcException InvalidParams(string message) => new(RpcErrorCodes.InvalidParams, message);

    /// <summary>Server-side refusal: code -32000.</summary>
    public static RpcException Server(string message) => new(RpcErrorCodes.ServerError, message);
}
