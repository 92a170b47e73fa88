using ProverNet.Node.ChainView;

namespace ProverNet.Node.Rpc;

/// <summary>
/// What wallets are told to pay. The sequencer orders by what it earns, but blocks are rarely full, so a fixed tip of
/// 0.1 gwei (ethers' and geth's floor for suggestions on quiet chains) gets a transaction in; the base fee is the next
/// block's, which the chain's EIP-1559 rule fixes from the head.
/// </summary>
public static class FeeSuggestion
{
    /// <summary>The suggested priority fee per gas, wei.</summary>
    public const ulong PriorityFeePerGas = 100_000_000;

    /// <summary>The base fee of the block after the head.</summary>
    public static UInt128 NextBaseFee(CommittedChain chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        return chain.NextBlockEnvironment().BaseFee.Wei;
    }

    /// <summary><c>eth_gasPrice</c>: next base fee plus the suggested tip.</summary>
    public static UInt128 GasPrice(CommittedChain chain) => NextBaseFee(chain) + PriorityFeePerGas;
}
