using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Core;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Parameters;

/// <summary>
/// Applies one L1 <c>ParameterChanged(key, id, value)</c> to the governed parameters. Pure: the caller stores the result
/// (<see cref="ParametersStore"/>), so the change holds from the block carrying it on.
/// </summary>
public static class ParameterChanges
{
    /// <summary>The parameters after the change.</summary>
    /// <param name="parameters">The parameters in force.</param>
    /// <param name="key">keccak256 of the parameter name (<see cref="ParameterKeys"/>).</param>
    /// <param name="id">Class or pipeline id; 0 for the global values.</param>
    /// <param name="value">The ABI encoding of the complete new value, as ParameterRegistry emits it.</param>
    /// <exception cref="ExecutionRevertedException">
    /// Unknown key, a value that does not decode, an id that does not match, or a value outside ParameterRegistry's
    /// bounds: the system transaction fails with this reason and nothing changes.
    /// </exception>
    public static ProtocolParameters Apply(ProtocolParameters parameters, Hash256 key, uint id, ReadOnlySpan<byte> value)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        try
        {
            return ApplyDecoded(parameters, key, id, value);
        }
        catch (AbiDecodingException error)
        {
            throw new ExecutionRevertedException($"parameter {ParameterKeys.NameOf(key)}: the value does not decode: {error.Message}", error);
        }
    }

    private static ProtocolParameters ApplyDecoded(ProtocolParameters parameters, Hash256 key, uint id, ReadOnlySpan<byte> value)
    {
        if (key == ParameterKeys.Class)
        {
            var marketClass = ParameterValues.DecodeClass(value);
            EnsureIdMatches("class", id, marketClass.Id);
            ParameterRules.CheckClass(marketClass, parameters);
            return parameters with { Classes = Upsert(parameters.Classes, marketClass, c => c.Id) };
        }

        if (key == ParameterKeys.Pipeline)
        {
            var pipeline = ParameterValues.DecodePipeline(value);
            EnsureIdMatches("pipeline", id, pipeline.Id);
            ParameterRules.CheckPipeline(pipeline, parameters);
            return parameters with { Pipelines = Upsert(parameters.Pipelines, pipeline, p => p.Id) };
        }

        var name = ParameterKeys.NameOf(key);
        if (id != 0)
        {
            throw new ExecutionRevertedException($"parameter {name} is global: id must be 0, found {id}");
        }

        if (key == ParameterKeys.MaxProofSize)
        {
            var size = ParameterValues.DecodeUInt(value, 32, name);
            ParameterRules.CheckMaxProofSize(size, parameters);
            return parameters with { MaxProofSize = size };
        }

        if (key == ParameterKeys.MinSecurityBits)
        {
            var bits = ParameterValues.DecodeUInt(value, 16, name);
            ParameterRules.CheckMinSecurityBits(bits, parameters);
            return parameters with { MinSecurityBits = bits };
        }

        if (key == ParameterKeys.SlashBps)
        {
            var bps = ParameterValues.DecodeUInt(value, 16, name);
            ParameterRules.CheckSlashBps(bps);
            return parameters with { SlashBps = bps };
        }

        if (key == ParameterKeys.MarketFeeBps)
        {
            var bps = ParameterValues.DecodeUInt(value, 16, name);
            ParameterRules.CheckMarketFeeBps(bps);
            return parameters with { MarketFeeBps = bps };
        }

        if (key == ParameterKeys.Auction)
        {
            var auction = ParameterValues.DecodeAuction(value);
            ParameterRules.CheckAuction(auction);
            return parameters with { Auction = auction };
        }

        if (key == ParameterKeys.Gas)
        {
            var gas = ParameterValues.DecodeGas(value);
            ParameterRules.CheckGas(gas);
            return parameters with { Gas = gas };
        }

        throw new ExecutionRevertedException($"parameter key {key} is unknown to this node");
    }

    private static void EnsureIdMatches(string what, uint id, uint valueId)
    {
        if (id != valueId)
        {
            throw new ExecutionRevertedException($"{what} change: event id {id} differs from the value's id {valueId}");
        }
    }

    // Replaces the entry with the same id or inserts it, keeping ascending id order (the order the auction and views use).
    private static List<T> Upsert<T>(IReadOnlyList<T> entries, T entry, Func<T, uint> idOf)
    {
        var result = entries.Where(existing => idOf(existing) != idOf(entry)).ToList();
        var at = result.FindIndex(existing => idOf(existing) > idOf(entry));
        result.Insert(at < 0 ? result.Count : at, entry);
        return result;
    }
}
