using ProverNet.Chain.Blocks;
using ProverNet.Chain.Bridge;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;

namespace ProverNet.Chain.L1Inputs;

/// <summary>
/// The block processor's entry point for each opening system transaction: decodes it and applies it to the state.
/// A verified proof is returned to the caller instead, which settles it with the Market.
/// </summary>
public static class L1InputExecutor
{
    /// <summary>Applies <paramref name="transaction"/>; logs go to <paramref name="logs"/>.</summary>
    /// <returns>The decoded proof for a <see cref="L1InputKind.ProofVerified"/> input (state untouched); null otherwise.</returns>
    /// <exception cref="L1InputDecodingException">The transaction is not a well-formed L1 input: the block is invalid.</exception>
    /// <exception cref="ExecutionRevertedException">
    /// A parameter change that is unknown, undecodable or out of bounds: the transaction fails with this reason and
    /// leaves the state unchanged, and the chain goes on.
    /// </exception>
    public static ProofVerifiedInput? Apply(WorldState state, SystemTransaction transaction, ICollection<LogEntry> logs)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(logs);
        switch (L1InputDecoder.Decode(transaction))
        {
            case DepositInput deposit:
                state.Credit(deposit.L2Recipient, deposit.Amount);
                logs.Add(BridgeEvents.DepositFinalized(deposit.Nonce, deposit.From, deposit.L2Recipient, deposit.Amount));
                return null;
            case ParameterChangedInput change:
                ParametersStore.Write(state, ParameterChanges.Apply(ParametersStore.Read(state), change.Key, change.Id, change.Value.Span));
                logs.Add(ParamsEvents.ParameterApplied(change.Key, change.Id, change.Value.Span, change.Log.L1BlockNumber));
                return null;
            case IProverMirrorInput mirror:
                ProverMirror.Apply(state, mirror);
                return null;
            case var input:
                return (ProofVerifiedInput)input;
        }
    }
}
