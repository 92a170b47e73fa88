using ProverNet.Core;

namespace ProverNet.Chain.Blocks;

/// <summary>
/// The commitment the proposer posts to <c>OutputOracle</c> for an L2 block and the bridge proves messages against:
/// <c>keccak256(version ‖ stateRoot ‖ messagesRoot ‖ l2BlockHash)</c>, four 32-byte words, version 0
/// (contracts/README.md).
/// </summary>
public static class OutputRoot
{
    /// <summary>Bytes of the preimage: four words.</summary>
    public const int PreimageLength = 4 * Hash256.Length;

    /// <summary>The output root of <paramref name="block"/>.</summary>
    public static Hash256 Of(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Keccak256.Hash(Preimage(block));
    }

    /// <summary>The 128-byte preimage (the bridge's <c>OutputRootProof</c>): version 0, state root, messages root, block hash.</summary>
    public static byte[] Preimage(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var preimage = new byte[PreimageLength];
        block.Header.StateRoot.WriteTo(preimage.AsSpan(Hash256.Length));
        block.Header.MessagesRoot.WriteTo(preimage.AsSpan(2 * Hash256.Length));
        block.Hash.WriteTo(preimage.AsSpan(3 * Hash256.Length));
        return preimage;
    }
}
