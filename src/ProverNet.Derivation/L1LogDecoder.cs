using ProverNet.Chain.Genesis;
using ProverNet.Chain.L1Inputs;
using ProverNet.Core;
using ProverNet.Core.Abi;
using static ProverNet.Derivation.L1EventSignatures;

namespace ProverNet.Derivation;

/// <summary>
/// Turns one L1 log into the L2 input it stands for. Only the input events of the contract that owns them count
/// (a <c>DepositInitiated</c> from anything but the bridge is no deposit); every other log is not an input.
/// </summary>
internal static class L1LogDecoder
{
    /// <summary>The largest parameter value read from a <c>ParameterChanged</c> log (the largest, a class, is 10 words).</summary>
    public const int MaxParameterValueBytes = 4096;

    /// <summary>The input of <paramref name="log"/>, or null when it is not an input event of the contract that emitted it.</summary>
    /// <param name="log">The log.</param>
    /// <param name="l1Timestamp">Its block's timestamp (a verified proof carries it).</param>
    /// <param name="contracts">The deployed contracts.</param>
    /// <exception cref="AbiDecodingException">An input event whose arguments do not have its shape or range.</exception>
    /// <exception cref="L1InputDecodingException">An argument that names nothing on L2 (a prover status outside the enum).</exception>
    public static IL1Input? Decode(L1Log log, ulong l1Timestamp, L1Contracts contracts)
    {
        if (log.Topics.Count == 0)
        {
            return null;
        }

        var id = new L1LogId(log.BlockNumber, log.LogIndex);
        var signature = log.Topics[0];
        if (log.Address == contracts.RollupBridge)
        {
            return signature == DepositInitiated ? Deposit(log, id) : null;
        }

        if (log.Address == contracts.StakingController)
        {
            return Staking(log, id);
        }

        if (log.Address == contracts.ParameterRegistry)
        {
            return signature == ParameterChanged ? Parameter(log, id) : null;
        }

        return log.Address == contracts.ProofVerifier && signature == ProofVerified ? Proof(log, id, l1Timestamp) : null;
    }

    private static DepositInput Deposit(L1Log log, L1LogId id)
    {
        var fields = new LogFields(log, indexed: 3, dataSlots: 1);
        return new DepositInput(id, fields.TopicId(0, "nonce"), fields.TopicAddress(1, "from"), fields.TopicAddress(2, "l2Recipient"), fields.Amount(0, "amount"));
    }

    private static IL1Input? Staking(L1Log log, L1LogId id)
    {
        var signature = log.Topics[0];
        if (signature == StakeUpdated)
        {
            var fields = new LogFields(log, indexed: 1, dataSlots: 2);
            return new StakeUpdatedInput(id, fields.TopicAddress(0, "prover"), fields.Amount(0, "vaultAssets"), fields.Amount(1, "pendingAssets"));
        }

        if (signature == Slashed)
        {
            var fields = new LogFields(log, indexed: 2, dataSlots: 2);
            var vault = fields.Amount(0, "vaultAmount");
            var pending = fields.Amount(1, "pendingAmount");
            return Amount.MaxValue - vault >= pending
                ? new SlashedInput(id, fields.TopicAddress(0, "prover"), vault + pending, fields.TopicBytes32(1))
                : throw new AbiDecodingException("vaultAmount + pendingAmount exceeds 2^128");
        }

        if (signature == Staked)
        {
            var fields = new LogFields(log, indexed: 2, dataSlots: 2);
            return new StakeMovedInput(id, StakeMovement.Staked, fields.TopicAddress(0, "prover"), fields.TopicAddress(1, "staker"), fields.Amount(0, "assets"));
        }

        if (signature == UnstakeRequested)
        {
            var fields = new LogFields(log, indexed: 3, dataSlots: 3);
            return new StakeMovedInput(
                id, StakeMovement.UnstakeRequested, fields.TopicAddress(1, "prover"), fields.TopicAddress(2, "staker"), fields.Amount(1, "assets"));
        }

        if (signature == ProverInitialized)
        {
            var fields = new LogFields(log, indexed: 2, dataSlots: 1);
            _ = fields.UInt(0, 16, "commissionBps");
            return new ProverInitializedInput(id, fields.TopicAddress(0, "prover"));
        }

        if (signature == ProverStatusChanged)
        {
            var fields = new LogFields(log, indexed: 1, dataSlots: 1);
            return new ProverStatusInput(id, fields.TopicAddress(0, "prover"), L1ProverStatus.FromL1(fields.UInt(0, 8, "status")));
        }

        if (signature == Jailed)
        {
            var fields = new LogFields(log, indexed: 1, dataSlots: 1);
            return new JailedInput(id, fields.TopicAddress(0, "prover"), fields.UInt(0, 64, "until"));
        }

        return signature == Unjailed ? new UnjailedInput(id, new LogFields(log, indexed: 1, dataSlots: 0).TopicAddress(0, "prover")) : null;
    }

    private static ParameterChangedInput Parameter(L1Log log, L1LogId id)
    {
        var fields = new LogFields(log, indexed: 2, dataSlots: 1, hasDynamicTail: true);
        return new ParameterChangedInput(id, fields.TopicBytes32(0), fields.TopicUInt32(1, "id"), fields.Bytes(0, MaxParameterValueBytes, "value"));
    }

    private static ProofVerifiedInput Proof(L1Log log, L1LogId id, ulong l1Timestamp)
    {
        var fields = new LogFields(log, indexed: 3, dataSlots: 1);
        return new ProofVerifiedInput(id, fields.TopicId(0, "jobId"), fields.TopicAddress(1, "prover"), fields.TopicBytes32(2), fields.Bytes32(0, "publicInputsHash"), l1Timestamp);
    }
}
