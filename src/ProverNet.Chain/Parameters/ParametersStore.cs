using ProverNet.Chain.Genesis;
using ProverNet.Chain.State;

namespace ProverNet.Chain.Parameters;

/// <summary>
/// The governed parameters as one state entry (kind 0x20, see <see cref="StateKeys"/>), so that every change applied from
/// L1 is part of the state root. Genesis writes it; <c>ParameterChanged</c> inputs rewrite it; the block processor reads it
/// once per block.
/// </summary>
public static class ParametersStore
{
    /// <summary>Kind byte of the single governed-parameters entry (the first of the 0x20–0x2F range).</summary>
    public const byte Kind = 0x20;

    /// <summary>The key of the entry: <c>0x20</c>.</summary>
    public static byte[] Key() => [Kind];

    /// <summary>The parameters in force in <paramref name="state"/>.</summary>
    /// <exception cref="InvalidDataException">The entry is missing (genesis was not applied) or corrupt.</exception>
    public static ProtocolParameters Read(WorldState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Get(Key()) is { } bytes
            ? ParametersCodec.Decode(bytes)
            : throw new InvalidDataException("the state holds no governed parameters: genesis was not applied to it");
    }

    /// <summary>Stores <paramref name="parameters"/> as the ones in force from now on (journaled like any state change).</summary>
    public static void Write(WorldState state, ProtocolParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.Set(Key(), ParametersCodec.Encode(parameters));
    }
}
