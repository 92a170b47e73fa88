namespace ProverNet.Chain.State;

/// <summary>
/// An in-memory index derived from some kinds of state entries (the Market's open books), attached to a
/// <see cref="WorldState"/> with <see cref="WorldState.View{TView}"/>. The state reports every change of a value it
/// watches — a set, each entry a <see cref="WorldState.Restore"/> undoes, every entry a <see cref="WorldState.Discard"/>
/// reverts — so the view always describes the state as it reads now, whatever the block processor keeps or throws away.
/// </summary>
public interface IStateView
{
    /// <summary>Whether entries of <paramref name="kind"/> (a key's first byte, <see cref="StateKeys"/>) feed this view.</summary>
    bool Watches(byte kind);

    /// <summary>The entry under <paramref name="key"/> now reads <paramref name="value"/> (null: absent).</summary>
    void Changed(byte[] key, byte[]? value);
}
