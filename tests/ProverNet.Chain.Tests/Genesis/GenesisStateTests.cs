using ProverNet.Chain.Genesis;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.Genesis;

public class GenesisStateTests
{
    private static readonly ChainGenesis Devnet =
        GenesisLoader.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "genesis", "devnet", "genesis.json")));

    [Fact]
    public void Apply_Devnet_CreditsEveryAllocation()
    {
        var state = new WorldState(new MemoryStore());

        GenesisState.Apply(state, Devnet);

        Assert.All(Devnet.Allocations, allocation => Assert.Equal(allocation.Amount, state.GetAccount(allocation.Address).Balance));
    }

    [Fact]
    public void Apply_Devnet_MirrorsTheGenesisProversAsActive()
    {
        var state = new WorldState(new MemoryStore());

        GenesisState.Apply(state, Devnet);

        Assert.All(Devnet.Provers, prover =>
            Assert.Equal(new ProverRecord(prover.Stake, Amount.Zero, ProverStatus.Active, prover.Stake), state.GetProver(prover.Address)));
    }

    [Fact]
    public void Apply_Devnet_StoresTheGenesisParameters()
    {
        var state = new WorldState(new MemoryStore());

        GenesisState.Apply(state, Devnet);

        Assert.Equal(ParametersCodec.Encode(Devnet.Parameters), state.Get(ParametersStore.Key()));
    }

    [Fact]
    public void Apply_TwoFreshStores_SameGenesisRoot()
    {
        Assert.Equal(GenesisRoot(), GenesisRoot());
        Assert.NotEqual(Hash256.Zero, GenesisRoot());
    }

    [Fact]
    public void Apply_OnCommittedState_Throws()
    {
        var store = new MemoryStore();
        var state = new WorldState(store);
        GenesisState.Apply(state, Devnet);
        using (var batch = store.StartBatch())
        {
            state.Commit(batch);
            batch.Commit();
        }

        state.Release();

        Assert.Throws<InvalidOperationException>(() => GenesisState.Apply(state, Devnet));
    }

    private static Hash256 GenesisRoot()
    {
        var store = new MemoryStore();
        var state = new WorldState(store);
        GenesisState.Apply(state, Devnet);
        using var batch = store.StartBatch();
        return state.Commit(batch);
    }
}
