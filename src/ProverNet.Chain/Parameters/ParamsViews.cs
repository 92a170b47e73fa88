using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Parameters;

/// <summary>
/// The view functions of the Params system address (<c>contracts/l2/IL2Params.sol</c>) over the parameters in force:
/// <c>eth_call</c> gets the same ABI-encoded results a Solidity implementation would return. Class and pipeline ids
/// come in ascending order (the L1 registry lists them in order of first registration).
/// </summary>
public static class ParamsViews
{
    /// <summary><c>maxProofSize()</c>.</summary>
    public static readonly FunctionSelector MaxProofSize = FunctionSelector.Of("maxProofSize()");

    /// <summary><c>minSecurityBits()</c>.</summary>
    public static readonly FunctionSelector MinSecurityBits = FunctionSelector.Of("minSecurityBits()");

    /// <summary><c>slashBps()</c>.</summary>
    public static readonly FunctionSelector SlashBps = FunctionSelector.Of("slashBps()");

    /// <summary><c>marketFeeBps()</c>.</summary>
    public static readonly FunctionSelector MarketFeeBps = FunctionSelector.Of("marketFeeBps()");

    /// <summary><c>auctionSettings()</c>.</summary>
    public static readonly FunctionSelector AuctionSettings = FunctionSelector.Of("auctionSettings()");

    /// <summary><c>gasSchedule()</c>.</summary>
    public static readonly FunctionSelector GasSchedule = FunctionSelector.Of("gasSchedule()");

    /// <summary><c>getClass(uint32)</c>.</summary>
    public static readonly FunctionSelector GetClass = FunctionSelector.Of("getClass(uint32)");

    /// <summary><c>classIds()</c>.</summary>
    public static readonly FunctionSelector ClassIds = FunctionSelector.Of("classIds()");

    /// <summary><c>getPipeline(uint32)</c>.</summary>
    public static readonly FunctionSelector GetPipeline = FunctionSelector.Of("getPipeline(uint32)");

    /// <summary><c>pipelineIds()</c>.</summary>
    public static readonly FunctionSelector PipelineIds = FunctionSelector.Of("pipelineIds()");

    /// <summary>The ABI-encoded return data of the view that <paramref name="calldata"/> calls.</summary>
    /// <exception cref="ExecutionRevertedException">Unknown selector, malformed arguments, or an unknown class or pipeline id.</exception>
    public static byte[] Call(ProtocolParameters parameters, ReadOnlySpan<byte> calldata)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        try
        {
            return Dispatch(parameters, FunctionSelector.Read(calldata), new AbiReader(calldata[4..]));
        }
        catch (AbiDecodingException error)
        {
            throw new ExecutionRevertedException($"Params: {error.Message}", error);
        }
    }

    private static byte[] Dispatch(ProtocolParameters parameters, FunctionSelector selector, AbiReader arguments)
    {
        if (selector == GetClass)
        {
            var classId = ReadId(arguments, "classId");
            var marketClass = parameters.Classes.FirstOrDefault(c => c.Id == classId)
                ?? throw new ExecutionRevertedException($"Params: class {classId} is not registered");
            return ParameterValues.EncodeClass(marketClass);
        }

        if (selector == GetPipeline)
        {
            var pipelineId = ReadId(arguments, "pipelineId");
            var pipeline = parameters.Pipelines.FirstOrDefault(p => p.Id == pipelineId)
                ?? throw new ExecutionRevertedException($"Params: pipeline {pipelineId} is not registered");
            return ParameterValues.EncodePipeline(pipeline);
        }

        arguments.EnsureHeadLength(0, hasDynamicTail: false);
        return selector == MaxProofSize ? ParameterValues.EncodeUInt(parameters.MaxProofSize)
            : selector == MinSecurityBits ? ParameterValues.EncodeUInt(parameters.MinSecurityBits)
            : selector == SlashBps ? ParameterValues.EncodeUInt(parameters.SlashBps)
            : selector == MarketFeeBps ? ParameterValues.EncodeUInt(parameters.MarketFeeBps)
            : selector == AuctionSettings ? ParameterValues.EncodeAuction(parameters.Auction)
            : selector == GasSchedule ? ParameterValues.EncodeGas(parameters.Gas)
            : selector == ClassIds ? new AbiWriter().WriteUIntArray([.. parameters.Classes.Select(c => c.Id)]).ToArray()
            : selector == PipelineIds ? new AbiWriter().WriteUIntArray([.. parameters.Pipelines.Select(p => p.Id)]).ToArray()
            : throw new ExecutionRevertedException($"Params: function selector {selector} is not a view of IL2Params");
    }

    private static uint ReadId(AbiReader arguments, string name)
    {
        arguments.EnsureHeadLength(1, hasDynamicTail: false);
        return (uint)arguments.ReadUInt(0, 32, name);
    }
}
