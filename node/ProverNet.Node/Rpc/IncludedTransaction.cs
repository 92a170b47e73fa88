using ProverNet.Chain.Blocks;
using ProverNet.Chain.Receipts;
using ProverNet.Core;
using ProverNet.Core.Transactions;

namespace ProverNet.Node.Rpc;

/// <summary>A transaction of a stored block: a signed user one (decoded, sender recovered) or a system one, with its receipt.</summary>
public sealed class IncludedTransaction
{
    private IncludedTransaction(Block block, int index, Hash256 hash, SignedTransaction? user, SystemTransaction? system, Receipt receipt)
    {
        Block = block;
        Index = index;
        Hash = hash;
        User = user;
        System = system;
        Receipt = receipt;
    }

    /// <summary>The block holding it.</summary>
    public Block Block { get; }

    /// <summary>Its position in the block's execution order.</summary>
    public int Index { get; }

    /// <summary>Its hash.</summary>
    public Hash256 Hash { get; }

    /// <summary>The user transaction, or null for a system one.</summary>
    public SignedTransaction? User { get; }

    /// <summary>The system transaction, or null for a user one.</summary>
    public SystemTransaction? System { get; }

    /// <summary>Its receipt.</summary>
    public Receipt Receipt { get; }

    /// <summary>Transaction <paramref name="index"/> of <paramref name="block"/>.</summary>
    /// <exception cref="InvalidDataException">A stored user transaction no longer decodes (a corrupt store).</exception>
    public static IncludedTransaction At(Block block, IReadOnlyList<Receipt> receipts, int index, ulong chainId)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(receipts);
        var body = block.Body;
        var hash = body.TransactionHashes[index];
        var opening = body.OpeningSystemTransactions.Count;
        var users = body.UserTransactions.Count;
        if (index < opening)
        {
            return new(block, index, hash, null, body.OpeningSystemTransactions[index], receipts[index]);
        }

        if (index >= opening + users)
        {
            return new(block, index, hash, null, body.ClosingSystemTransactions[index - opening - users], receipts[index]);
        }

        var raw = body.UserTransactions[index - opening].Span;
        return new TransactionDecoder(chainId).TryDecode(raw, out var transaction, out var error)
            ? new(block, index, hash, transaction, null, receipts[index])
            : throw new InvalidDataException($"stored transaction {hash} of block {block.Number} does not decode: {error}");
    }
}
