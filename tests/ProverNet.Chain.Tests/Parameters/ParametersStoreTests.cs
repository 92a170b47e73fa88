using ProverNet.Chain.Genesis;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.State;
using ProverNet.Chain.Tests.Support;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.Parameters;

public class ParametersStoreTests
{
    [Fact]
    public void Read_AfterGenesisAndCommit_ReturnsTheGenesisParameters()
    {
        var store = new MemoryStore();
        var state = new WorldState(store);
        GenesisState.Apply(state, Devnet.Genesis);
        using (var batch = store.StartBatch())
        {
            state.Commit(batch);
            batch.Commit();
        }

        state.Release();

        var read = ParametersStore.Read(new WorldState(store));

        Assert.Equal(ParametersCodec.Encode(Devnet.Parameters), ParametersCodec.Encode(read));
    }

    [Fact]
    public void Write_ChangedParameters_ChangesTheStateRoot()
    {
        Assert.NotEqual(RootWith(Devnet.Parameters), RootWith(Devnet.Parameters with { MarketFeeBps = 251 }));
        Assert.Equal(RootWith(Devnet.Parameters), RootWith(Devnet.Parameters));
    }

    [Fact]
    public void Write_ThenRestore_ReadsThePreviousParameters()
    {
        var state = new WorldState(new MemoryStore());
        ParametersStore.Write(state, Devnet.Parameters);
        var checkpoint = state.Checkpoint();

        ParametersStore.Write(state, Devnet.Parameters with { SlashBps = 0 });
        state.Restore(checkpoint);

        Assert.Equal(Devnet.Parameters.SlashBps, ParametersStore.Read(state).SlashBps);
    }

    [Fact]
    public void Read_NoGenesis_Throws()
    {
        var error = Assert.Throws<InvalidDataException>(() => ParametersStore.Read(new WorldState(new MemoryStore())));

        Assert.Contains("genesis was not applied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_IsTheFirstParametersKind() => Assert.Equal([0x20], ParametersStore.Key());

    private static Core.Hash256 RootWith(ProtocolParameters parameters)
    {
        var store = new MemoryStore();
        var state = new WorldState(store);
        ParametersStore.Write(state, parameters);
        using var batch = store.StartBatch();
        return state.Commit(batch);
    }
}
