using ProverNet.Chain.Receipts;
using ProverNet.Core;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Parameters;

/// <summary>The logs of the Params system address, as the events of <c>contracts/l2/IL2Params.sol</c>.</summary>
public static class ParamsEvents
{
    private static readonly Hash256 ParameterAppliedTopic = EventTopics.Signature("ParameterApplied(bytes32,uint32,bytes,uint256)");

    /// <summary><c>ParameterApplied</c>: a change from L1 block <paramref name="l1BlockNumber"/> holds from this block on.</summary>
    public static LogEntry ParameterApplied(Hash256 key, uint id, ReadOnlySpan<byte> value, ulong l1BlockNumber) =>
        new(SystemAddresses.Params, [ParameterAppliedTopic, key, EventTopics.Of(id)], new AbiWriter().WriteBytes(value).WriteUInt(l1BlockNumber).ToArray());
}
