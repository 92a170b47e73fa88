using ProverNet.Chain.Blocks;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.L1Inputs;

/// <summary>Reads an opening system transaction back into the typed L1 input it was built from.</summary>
public static class L1InputDecoder
{
    /// <summary>The input carried by <paramref name="transaction"/>.</summary>
    /// <exception cref="L1InputDecodingException">Unknown kind, or a payload that is not exactly that kind's canonical fields.</exception>
    public static IL1Input Decode(SystemTransaction transaction)
    {
        var kind = (L1InputKind)transaction.Kind;
        if (!Enum.IsDefined(kind))
        {
            throw new L1InputDecodingException($"system transaction kind 0x{transaction.Kind:x2} is not an L1 input");
        }

        try
        {
            var fields = StrictRlpReader.OpenList(transaction.Payload.Span, $"{kind} payload");
            var log = new L1LogId(fields.ReadNumber(nameof(L1LogId.L1BlockNumber)), L1Payload.ReadUInt32(ref fields, nameof(L1LogId.LogIndex)));
            IL1Input input = kind switch
            {
                L1InputKind.Deposit => DepositInput.Read(ref fields, log),
                L1InputKind.ProverInitialized => ProverInitializedInput.Read(ref fields, log),
                L1InputKind.StakeUpdated => StakeUpdatedInput.Read(ref fields, log),
                L1InputKind.Staked => StakeMovedInput.Read(ref fields, log, StakeMovement.Staked),
                L1InputKind.UnstakeRequested => StakeMovedInput.Read(ref fields, log, StakeMovement.UnstakeRequested),
                L1InputKind.ProverStatusChanged => ProverStatusInput.Read(ref fields, log),
                L1InputKind.Jailed => JailedInput.Read(ref fields, log),
                L1InputKind.Unjailed => UnjailedInput.Read(ref fields, log),
                L1InputKind.ParameterChanged => ParameterChangedInput.Read(ref fields, log),
                L1InputKind.Slashed => SlashedInput.Read(ref fields, log),
                _ => ProofVerifiedInput.Read(ref fields, log),
            };
            fields.EnsureAtEnd();
            return input;
        }
        catch (RlpDecodingException error)
        {
            throw new L1InputDecodingException($"{kind} input: {error.Message}", error);
        }
    }
}
