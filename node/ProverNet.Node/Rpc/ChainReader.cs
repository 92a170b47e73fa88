using ProverNet.Chain.Blocks;
using ProverNet.Chain.Receipts;
using ProverNet.Node.ChainView;

namespace ProverNet.Node.Rpc;

/// <summary>Resolves block parameters against the committed chain for the method handlers.</summary>
public sealed class ChainReader
{
    // Clients read the newest blocks over and over (one eth_getBlockByNumber per block per client, explorers, fee
    // estimators): the bloom of a block of thousands of receipts is worth computing once.
    private readonly RecentBlooms blooms = new(capacity: 256);

    /// <summary>Reads <paramref name="chain"/>.</summary>
    public ChainReader(CommittedChain chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        Chain = chain;
    }

    /// <summary>The committed chain.</summary>
    public CommittedChain Chain { get; }

    /// <summary>The block <paramref name="tag"/> names, or null when there is none (yet).</summary>
    public Block? Find(BlockTag tag)
    {
        if (tag.Hash is { } hash)
        {
            return Chain.Blocks.GetByHash(hash);
        }

        return tag.Number is { } number ? Chain.Blocks.GetByNumber(number) : tag.Level == FinalityLevel.Unsafe ? Chain.Head : Chain.Blocks.GetByNumber(HeadOf(tag.Level));
    }

    /// <summary>The number <paramref name="tag"/> names (not checked to exist), the head's for tags.</summary>
    /// <exception cref="RpcException">A hash of no stored block.</exception>
    public ulong NumberOf(BlockTag tag, string what)
    {
        if (tag.Hash is { } hash)
        {
            return Chain.Blocks.GetNumber(hash) ?? throw RpcException.Server($"{what}: unknown block {hash}");
        }

        return tag.Number ?? HeadOf(tag.Level);
    }

    /// <summary>The number of the head at <paramref name="level"/>.</summary>
    public ulong HeadOf(FinalityLevel level) => level switch
    {
        FinalityLevel.Safe => Chain.SafeNumber,
        FinalityLevel.Finalized => Chain.FinalizedNumber,
        _ => Chain.Head.Number,
    };

    /// <summary>
    /// Checks that <paramref name="tag"/> names the head: the node keeps only the latest state (no archive), so a
    /// state read at an older block fails with a message saying so rather than answering with the wrong state.
    /// </summary>
    /// <exception cref="RpcException">The tag names another block.</exception>
    public void RequireHeadState(BlockTag tag, string what)
    {
        var head = Chain.Head;
        var number = NumberOf(tag, what);
        if (number != head.Number)
        {
            throw RpcException.Server($"{what}: state of block {number} is not available, only of the head {head.Number} (this node keeps no history of state)");
        }
    }

    /// <summary>The log bloom of <paramref name="block"/> (shared: do not modify), from its receipts the first time it is asked for.</summary>
    public byte[] LogsBloomOf(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return blooms.GetOrAdd(block.Hash, () => LogsBloom.Of(ReceiptsOf(block)));
    }

    /// <summary>The receipts of <paramref name="block"/>.</summary>
    public IReadOnlyList<Receipt> ReceiptsOf(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Chain.Blocks.GetReceipts(block.Number) ?? [];
    }
}
