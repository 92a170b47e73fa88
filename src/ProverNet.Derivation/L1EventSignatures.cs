using ProverNet.Chain.Receipts;
using ProverNet.Core;

namespace ProverNet.Derivation;

/// <summary>topic0 of each L1 event that is an L2 input, from the canonical signatures of the contracts' events.</summary>
internal static class L1EventSignatures
{
    public static readonly Hash256 DepositInitiated = EventTopics.Signature("DepositInitiated(uint256,address,address,uint256)");
    public static readonly Hash256 ProverInitialized = EventTopics.Signature("ProverInitialized(address,address,uint16)");
    public static readonly Hash256 ProverStatusChanged = EventTopics.Signature("ProverStatusChanged(address,uint8)");
    public static readonly Hash256 Staked = EventTopics.Signature("Staked(address,address,uint256,uint256)");
    public static readonly Hash256 UnstakeRequested = EventTopics.Signature("UnstakeRequested(uint256,address,address,uint256,uint256,uint64)");
    public static readonly Hash256 Jailed = EventTopics.Signature("Jailed(address,uint64)");
    public static readonly Hash256 Unjailed = EventTopics.Signature("Unjailed(address)");
    public static readonly Hash256 Slashed = EventTopics.Signature("Slashed(address,uint256,uint256,bytes32)");
    public static readonly Hash256 StakeUpdated = EventTopics.Signature("StakeUpdated(address,uint256,uint256)");
    public static readonly Hash256 ParameterChanged = EventTopics.Signature("ParameterChanged(bytes32,uint32,bytes)");
    public static readonly Hash256 ProofVerified = EventTopics.Signature("ProofVerified(uint256,address,bytes32,bytes32)");
}
