using ProverNet.Chain.Market;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Tests.Market.Support;

/// <summary>View calldata built by hand (the Views tests build it with Nethereum instead).</summary>
internal static class Calldata
{
    public static byte[] ReferencePrice(uint classId) => With(MarketViews.ReferencePrice, classId);

    public static byte[] With(FunctionSelector selector, UInt128 argument)
    {
        var bytes = new byte[36];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes, selector.Value);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(bytes.AsSpan(20), argument);
        return bytes;
    }
}
