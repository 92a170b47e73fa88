using ProverNet.Chain.Blocks;
using ProverNet.Core;
using ProverNet.Node.Settlement;

namespace ProverNet.Node.Tests.Settlement.Support;

/// <summary>
/// A chain of headers-only blocks linked by parent hash, each with its own state and messages root (all an output root
/// commits to), and a safe head the test moves.
/// </summary>
public sealed class ListedSafeBlocks : ISafeBlocks
{
    private readonly List<Block> blocks = [];

    public ListedSafeBlocks(ulong headNumber, string variant = "")
    {
        var parent = Hash256.Zero;
        for (ulong number = 0; number <= headNumber; number++)
        {
            var header = new BlockHeader(
                number, parent, 1_700_000_000 + number, default,
                Keccak256.Hash(System.Text.Encoding.ASCII.GetBytes($"state-{variant}{number}")), BlockBody.Empty.TransactionsRoot, Hash256.Zero,
                Keccak256.Hash(System.Text.Encoding.ASCII.GetBytes($"messages-{variant}{number}")), 0, 30_000_000, default, Hash256.Zero);
            var block = new Block(header, BlockBody.Empty);
            blocks.Add(block);
            parent = block.Hash;
        }

        SafeHead = headNumber;
    }

    public ulong SafeHead { get; set; }

    public Block? GetBlock(ulong number) => number < (ulong)blocks.Count ? blocks[(int)number] : null;

    /// <summary>The output root of block <paramref name="number"/>.</summary>
    public Hash256 RootOf(ulong number) => OutputRoot.Of(blocks[(int)number]);
}
