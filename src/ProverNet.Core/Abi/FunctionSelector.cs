using System.Buffers.Binary;
using System.Text;

namespace ProverNet.Core.Abi;

/// <summary>The first four bytes of keccak-256 of a canonical function signature, as Solidity dispatches on them.</summary>
public readonly record struct FunctionSelector(uint Value)
{
    /// <summary>The selector of <paramref name="signature"/>, e.g. <c>cancelBid(uint256)</c>.</summary>
    public static FunctionSelector Of(string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var hash = Keccak256.Hash(Encoding.ASCII.GetBytes(signature)).ToArray();
        return new FunctionSelector(BinaryPrimitives.ReadUInt32BigEndian(hash));
    }

    /// <summary>The selector at the start of <paramref name="calldata"/>.</summary>
    /// <exception cref="AbiDecodingException">The calldata is shorter than four bytes.</exception>
    public static FunctionSelector Read(ReadOnlySpan<byte> calldata) =>
        calldata.Length >= 4
            ? new FunctionSelector(BinaryPrimitives.ReadUInt32BigEndian(calldata))
            : throw new AbiDecodingException($"calldata of {calldata.Length} bytes has no 4-byte function selector");

    /// <summary>Calldata: the selector followed by <paramref name="arguments"/> (ABI-encoded).</summary>
    public byte[] Call(ReadOnlySpan<byte> arguments)
    {
        var calldata = new byte[4 + arguments.Length];
        BinaryPrimitives.WriteUInt32BigEndian(calldata, Value);
        arguments.CopyTo(calldata.AsSpan(4));
        return calldata;
    }

    /// <summary>Calldata: the selector followed by what <paramref name="arguments"/> wrote.</summary>
    public byte[] Call(AbiWriter arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return Call(arguments.ToArray());
    }

    /// <summary><c>0x</c> and eight hex digits.</summary>
    public override string ToString() => $"0x{Value:x8}";
}
