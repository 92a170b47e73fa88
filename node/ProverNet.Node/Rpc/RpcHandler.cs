using System.Text.Json;

namespace ProverNet.Node.Rpc;

/// <summary>Serves one method: reads <paramref name="parameters"/> and writes the <c>result</c> value, or throws <see cref="RpcException"/>.</summary>
public delegate void RpcHandler(RpcParams parameters, Utf8JsonWriter result);
