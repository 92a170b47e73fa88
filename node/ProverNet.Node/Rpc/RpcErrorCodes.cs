namespace ProverNet.Node.Rpc;

/// <summary>JSON-RPC 2.0 error codes and the Ethereum ones (EIP-1474, geth) that wallets branch on.</summary>
public static class RpcErrorCodes
{
    /// <summary>The body is not JSON.</summary>
    public const int ParseError = -32700;

    /// <summary>JSON, but not a request (or an empty or oversized batch, or an oversized body).</summary>
    public const int InvalidRequest = -32600;

    /// <summary>No such method.</summary>
    public const int MethodNotFound = -32601;

    /// <summary>A parameter is missing, of the wrong type or out of range.</summary>
    public const int InvalidParams = -32602;

    /// <summary>The node failed unexpectedly.</summary>
    public const int InternalError = -32603;

    /// <summary>Ethereum's generic server error: transaction rejections, unavailable state (geth uses it).</summary>
    public const int ServerError = -32000;

    /// <summary>A query asks for more than the node serves at once (EIP-1474 "limit exceeded").</summary>
    public const int LimitExceeded = -32005;

    /// <summary>A batch's answers passed the response limit; the rest of the batch did not run (geth's code).</summary>
    public const int ResponseTooLarge = -32003;

    /// <summary>A call or estimate would revert; <c>data</c> holds the ABI <c>Error(string)</c> encoding (geth).</summary>
    public const int ExecutionReverted = 3;
}
