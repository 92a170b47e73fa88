using ProverNet.Chain.Blocks;
using ProverNet.Chain.Genesis;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Execution;

/// <summary>Block 0 of a network: no transactions, the genesis state's root, the genesis time.</summary>
public static class GenesisBlock
{
    /// <summary>The genesis block of <paramref name="genesis"/> (its state is built in memory to get the root).</summary>
    public static Block Build(ChainGenesis genesis)
    {
        ArgumentNullException.ThrowIfNull(genesis);
        using var store = new MemoryStore();
        var state = new WorldState(store);
        GenesisState.Apply(state, genesis);
        using var batch = store.StartBatch();
        var header = new BlockHeader(
            Number: 0,
            ParentHash: Hash256.Zero,
            Timestamp: genesis.Timestamp,
            L1Origin: genesis.L1.Origin ?? default,
            StateRoot: state.Commit(batch),
            TransactionsRoot: BlockBody.Empty.TransactionsRoot,
            ReceiptsRoot: Hash256.Zero,
            MessagesRoot: Hash256.Zero,
            GasUsed: 0,
            GasLimit: genesis.Rollup.BlockGasLimit,
            BaseFee: genesis.Parameters.Gas.InitialBaseFee,
            ClearingSummaryHash: Hash256.Zero);
        return new Block(header, BlockBody.Empty);
    }
}
