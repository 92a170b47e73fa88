using System.Buffers.Binary;
using System.Text;
using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Genesis;

/// <summary>
/// The settings that make a chain this chain and not a fork with the same balances — name, chain id, rollup settings —
/// stored in the state at genesis, so the genesis state root (and every later one) commits to them.
/// </summary>
public static class ChainIdentity
{
    /// <summary>The state key: <c>0x05</c>.</summary>
    public static byte[] Key { get; } = [StateKeys.ChainIdentityKind];

    /// <summary>Canonical bytes: chain id, block gas limit, timestamp (8 each), block time ms, sequencing window, output
    /// interval, finality delay (4 each), sequencer, treasury (20 each), then the UTF-8 name; all big-endian.</summary>
    public static byte[] Encode(ChainGenesis genesis)
    {
        ArgumentNullException.ThrowIfNull(genesis);
        var rollup = genesis.Rollup;
        var name = Encoding.UTF8.GetBytes(genesis.Name);
        var bytes = new byte[(3 * 8) + (4 * 4) + (2 * Address.Length) + name.Length];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteUInt64BigEndian(span, genesis.ChainId);
        BinaryPrimitives.WriteUInt64BigEndian(span[8..], rollup.BlockGasLimit);
        BinaryPrimitives.WriteUInt64BigEndian(span[16..], genesis.Timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(span[24..], rollup.BlockTimeMs);
        BinaryPrimitives.WriteUInt32BigEndian(span[28..], rollup.SequencingWindowL1Blocks);
        BinaryPrimitives.WriteUInt32BigEndian(span[32..], rollup.OutputIntervalBlocks);
        BinaryPrimitives.WriteUInt32BigEndian(span[36..], rollup.FinalityDelaySec);
        rollup.Sequencer.WriteTo(span[40..]);
        rollup.Treasury.WriteTo(span[60..]);
        name.CopyTo(span[80..]);
        return bytes;
    }
}
