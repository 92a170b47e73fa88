using ProverNet.Core;
using ProverNet.Core.Abi;

namespace ProverNet.Node.Settlement;

/// <summary>The calls the proposer and validators send to the OutputOracle, and the gas limits they go with.</summary>
public sealed partial class OutputOracleClient
{
    /// <summary>Gas limit of <c>proposeOutput</c>: measured on anvil, 99,844 gas for the first output and 85,149 for later ones.</summary>
    public const ulong ProposeOutputGasLimit = 150_000;

    /// <summary>
    /// Gas limit of <c>attest</c>: measured on anvil, 114,002 gas for the first attester of an output; each earlier
    /// attester adds a stake read of a few thousand gas (the contract sums their stake on every attestation), so the
    /// limit leaves room for all 64 validators the StakingController admits.
    /// </summary>
    public const ulong AttestGasLimit = 600_000;

    /// <summary>Gas limit of <c>challenge</c>: measured on anvil, 89,114 gas.</summary>
    public const ulong ChallengeGasLimit = 150_000;

    private static readonly FunctionSelector ProposeOutputSelector = FunctionSelector.Of("proposeOutput(uint256,bytes32,bytes32,uint256)");
    private static readonly FunctionSelector AttestSelector = FunctionSelector.Of("attest(uint256)");
    private static readonly FunctionSelector ChallengeSelector = FunctionSelector.Of("challenge(uint256)");

    /// <summary>
    /// <c>proposeOutput(l2BlockNumber, outputRoot, l1BlockHash, l1BlockNumber)</c>: the contract reverts unless L1 block
    /// <paramref name="l1BlockNumber"/> still has hash <paramref name="l1BlockHash"/> (zero skips that check).
    /// </summary>
    public static byte[] ProposeOutputCalldata(ulong l2BlockNumber, Hash256 outputRoot, Hash256 l1BlockHash, ulong l1BlockNumber) =>
        ProposeOutputSelector.Call(new AbiWriter().WriteUInt(l2BlockNumber).WriteBytes32(outputRoot).WriteBytes32(l1BlockHash).WriteUInt(l1BlockNumber));

    /// <summary><c>attest(index)</c>.</summary>
    public static byte[] AttestCalldata(ulong index) => AttestSelector.Call(new AbiWriter().WriteUInt(index));

    /// <summary><c>challenge(index)</c>.</summary>
    public static byte[] ChallengeCalldata(ulong index) => ChallengeSelector.Call(new AbiWriter().WriteUInt(index));
}
