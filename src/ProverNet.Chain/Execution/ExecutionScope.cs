using ProverNet.Chain.Market;
using ProverNet.Chain.State;

namespace ProverNet.Chain.Execution;

/// <summary>The state and the system modules one block executes against, created once per block.</summary>
public sealed class ExecutionScope
{
    /// <summary>Opens the modules over <paramref name="state"/> for the block described by <paramref name="environment"/>.</summary>
    public ExecutionScope(WorldState state, BlockEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(environment);
        State = state;
        Environment = environment;
        Outbox = new MessageOutbox(state);
        Market = new MarketModule(
            state,
            Outbox,
            new MarketEnvironment(environment.Number, environment.Timestamp, environment.Parameters, environment.Treasury, environment.L1Time));
    }

    /// <summary>The world state.</summary>
    public WorldState State { get; }

    /// <summary>The block.</summary>
    public BlockEnvironment Environment { get; }

    /// <summary>The L2→L1 message outbox.</summary>
    public MessageOutbox Outbox { get; }

    /// <summary>The Market system address.</summary>
    public MarketModule Market { get; }
}
