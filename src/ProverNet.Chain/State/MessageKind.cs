namespace ProverNet.Chain.State;

/// <summary>What an L2→L1 message asks the L1 RollupBridge to do (contracts/README.md, "L2→L1 messages").</summary>
public enum MessageKind : byte
{
    /// <summary>Pay <c>amount</c> BREV on L1 to <c>target</c>.</summary>
    Withdraw = 0,

    /// <summary>Slash prover <c>target</c> by <c>amount</c>; data is <c>abi.encode(bytes32 jobId)</c>.</summary>
    Slash = 1,

    /// <summary>Add <c>amount</c> of rewards to prover <c>target</c>.</summary>
    AddRewards = 2,
}
