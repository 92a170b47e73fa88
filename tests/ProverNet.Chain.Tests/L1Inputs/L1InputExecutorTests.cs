using Nethereum.Contracts;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Chain.L1Inputs;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Chain.Tests.Support;
using ProverNet.Contracts;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.L1Inputs;

public class L1InputExecutorTests
{
    private static readonly ContractBuilder L2Bridge = new(ContractArtifacts.Load("IL2Bridge").Abi, "0x0000000000000000000000000000000000000B02");
    private static readonly L1LogId Log = new(120, 3);
    private static readonly Address Alice = Address.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    private static readonly Address Prover = Address.Parse("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65");

    private readonly WorldState state = new(new MemoryStore());
    private readonly List<LogEntry> logs = [];

    public L1InputExecutorTests() => GenesisState.Apply(state, Devnet.Genesis);

    [Fact]
    public void Apply_Deposit_CreditsTheRecipientAndLogsDepositFinalized()
    {
        var before = state.GetAccount(Alice).Balance;

        var proof = Apply(new DepositInput(Log, 9, Prover, Alice, Amount.FromBrev(3)));

        Assert.Null(proof);
        Assert.Equal(before + Amount.FromBrev(3), state.GetAccount(Alice).Balance);
        Assert.Equal(["9", Prover.ToString(), Alice.ToString(), Amount.FromBrev(3).ToString()], WalletLogDecoder.Decode(L2Bridge, "DepositFinalized", Assert.Single(logs)));
    }

    [Fact]
    public void Apply_ParameterChanged_StoresTheNewParametersAndLogsParameterApplied()
    {
        var value = RegistryEncoding.UInt("setMarketFeeBps", 500);

        Apply(new ParameterChangedInput(Log, ParameterKeys.MarketFeeBps, 0, value));

        Assert.Equal(500U, ParametersStore.Read(state).MarketFeeBps);
        Assert.Equal(ParamsEvents.ParameterApplied(ParameterKeys.MarketFeeBps, 0, value, 120), Assert.Single(logs));
    }

    [Fact]
    public void Apply_InvalidParameterChange_RevertsAndLeavesTheParameters()
    {
        var error = Assert.Throws<ExecutionRevertedException>(() =>
            Apply(new ParameterChangedInput(Log, ParameterKeys.MarketFeeBps, 0, RegistryEncoding.UInt("setMarketFeeBps", 2001))));

        Assert.Contains("marketFeeBps 2001 is out of bounds", error.Message, StringComparison.Ordinal);
        Assert.Equal(Devnet.Parameters.MarketFeeBps, ParametersStore.Read(state).MarketFeeBps);
        Assert.Empty(logs);
    }

    [Fact]
    public void Apply_ProofVerified_ReturnsItAndChangesNothing()
    {
        var input = new ProofVerifiedInput(Log, 42, Prover, Keccak256.Hash([1]), Keccak256.Hash([2]), 1_700_000_000);
        var checkpoint = state.Checkpoint();

        Assert.Equal(input, Apply(input));
        Assert.Equal(checkpoint, state.Checkpoint());
        Assert.Empty(logs);
    }

    [Fact]
    public void Apply_StakeUpdatedForUnknownProver_CreatesTheMirror()
    {
        Apply(new StakeUpdatedInput(Log, Prover, Amount.FromBrev(7), Amount.FromBrev(1)));

        Assert.Equal(new ProverRecord(Amount.FromBrev(7), Amount.Zero, ProverStatus.Inactive, Amount.Zero), state.GetProver(Prover));
        Assert.Empty(logs);
    }

    [Fact]
    public void Apply_NotAnL1Input_Throws() =>
        Assert.Throws<L1InputDecodingException>(() => L1InputExecutor.Apply(state, new SystemTransaction(0x80, new byte[] { 0xc0 }), logs));

    private ProofVerifiedInput? Apply(IL1Input input) => L1InputExecutor.Apply(state, input.ToSystemTransaction(), logs);
}
