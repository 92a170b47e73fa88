using ProverNet.Core;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Bridge;

/// <summary>Decodes calldata sent to the Bridge system address against the published <c>IL2Bridge</c> ABI.</summary>
public static class BridgeCalldata
{
    /// <summary><c>withdraw(address)</c>: the amount is the transaction's value.</summary>
    public static readonly FunctionSelector Withdraw = FunctionSelector.Of("withdraw(address)");

    /// <summary>The L1 recipient of a <c>withdraw</c> call.</summary>
    /// <exception cref="AbiDecodingException">Another selector, or arguments that do not decode.</exception>
    public static Address DecodeWithdraw(ReadOnlySpan<byte> calldata)
    {
        var selector = FunctionSelector.Read(calldata);
        if (selector != Withdraw)
        {
            throw new AbiDecodingException($"function selector {selector} is not a state-changing function of IL2Bridge");
        }

        var arguments = new AbiReader(calldata[4..]);
        arguments.EnsureHeadLength(1, hasDynamicTail: false);
        return arguments.ReadAddress(0, "l1Recipient");
    }
}
