using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.Blocks;

/// <summary>
/// The transactions of a block in execution order: system transactions that open it (L1 deposits and events), the user
/// transactions as their EIP-2718 raw bytes, then system transactions that close it (clearing, expiries). A
/// transaction's index — in receipts, the transactions root and the transaction index — is its position in that order.
/// </summary>
public sealed class BlockBody : IEquatable<BlockBody>
{
    private readonly Hash256[] transactionHashes;

    /// <summary>Creates a body; the lists are copied.</summary>
    public BlockBody(
        IReadOnlyList<SystemTransaction> openingSystemTransactions,
        IReadOnlyList<ReadOnlyMemory<byte>> userTransactions,
        IReadOnlyList<SystemTransaction> closingSystemTransactions)
    {
        ArgumentNullException.ThrowIfNull(openingSystemTransactions);
        ArgumentNullException.ThrowIfNull(userTransactions);
        ArgumentNullException.ThrowIfNull(closingSystemTransactions);
        OpeningSystemTransactions = [.. openingSystemTransactions];
        UserTransactions = [.. userTransactions];
        ClosingSystemTransactions = [.. closingSystemTransactions];
        transactionHashes = HashAll(OpeningSystemTransactions, UserTransactions, ClosingSystemTransactions);
        TransactionsRoot = OrderedMerkleRoot.Compute(transactionHashes);
    }

    /// <summary>A body with no transactions.</summary>
    public static BlockBody Empty { get; } = new([], [], []);

    /// <summary>System transactions executed before the user transactions.</summary>
    public IReadOnlyList<SystemTransaction> OpeningSystemTransactions { get; }

    /// <summary>User transactions as EIP-2718 raw bytes (legacy: the RLP list; typed: type byte ‖ payload).</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> UserTransactions { get; }

    /// <summary>System transactions executed after the user transactions.</summary>
    public IReadOnlyList<SystemTransaction> ClosingSystemTransactions { get; }

    /// <summary>All transaction hashes in execution order; user ones are <c>keccak256(raw)</c>, as Ethereum's.</summary>
    public IReadOnlyList<Hash256> TransactionHashes => transactionHashes;

    /// <summary>Number of transactions of every kind.</summary>
    public int TransactionCount => transactionHashes.Length;

    /// <summary>The <see cref="OrderedMerkleRoot"/> of <see cref="TransactionHashes"/>: the header's transactions root.</summary>
    public Hash256 TransactionsRoot { get; }

    /// <inheritdoc/>
    public bool Equals(BlockBody? other) =>
        other is not null && transactionHashes.AsSpan().SequenceEqual(other.transactionHashes)
        && OpeningSystemTransactions.Count == other.OpeningSystemTransactions.Count
        && UserTransactions.Count == other.UserTransactions.Count;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BlockBody);

    /// <inheritdoc/>
    public override int GetHashCode() => TransactionsRoot.GetHashCode();

    /// <summary>
    /// The block encoding of <paramref name="header"/> (already encoded) with this body's three lists —
    /// <c>[opening…]</c>, <c>[raw user…]</c>, <c>[closing…]</c> — sized first and written into one array (a block of
    /// 10,000 transactions is ≈ 3 MB: an array per transaction and per list tripled what it allocated).
    /// </summary>
    internal byte[] EncodeBlock(byte[] header)
    {
        var layout = new BlockEncodingLayout(this, header);
        var encoding = new byte[layout.Length];
        layout.WriteTo(encoding);
        return encoding;
    }

    /// <summary>The length of <see cref="EncodeBlock"/>'s encoding, without writing it.</summary>
    internal int EncodedLength(byte[] header) => new BlockEncodingLayout(this, header).Length;

    /// <summary>The encoding of <see cref="EncodeBlock"/> in a rented buffer (dispose it once copied).</summary>
    internal RentedEncoding RentBlockEncoding(byte[] header)
    {
        var layout = new BlockEncodingLayout(this, header);
        var encoding = new RentedEncoding(layout.Length);
        layout.WriteTo(encoding.Span);
        return encoding;
    }

    /// <summary>Reads the three lists written by <see cref="EncodeBlock"/>.</summary>
    internal static BlockBody ReadLists(ref StrictRlpReader fields)
    {
        var opening = ReadSystemTransactions(ref fields, nameof(OpeningSystemTransactions));
        var users = new List<ReadOnlyMemory<byte>>();
        var userItems = fields.ReadList(nameof(UserTransactions));
        while (!userItems.IsAtEnd)
        {
            users.Add(userItems.ReadBytes($"[{users.Count}]").ToArray());
        }

        var closing = ReadSystemTransactions(ref fields, nameof(ClosingSystemTransactions));
        return new BlockBody(opening, users, closing);
    }

    private static List<SystemTransaction> ReadSystemTransactions(ref StrictRlpReader fields, string field)
    {
        var result = new List<SystemTransaction>();
        var items = fields.ReadList(field);
        while (!items.IsAtEnd)
        {
            var transaction = items.ReadList($"[{result.Count}]");
            result.Add(SystemTransaction.ReadFields(ref transaction));
        }

        return result;
    }

    private static Hash256[] HashAll(
        IReadOnlyList<SystemTransaction> opening, IReadOnlyList<ReadOnlyMemory<byte>> users, IReadOnlyList<SystemTransaction> closing)
    {
        var hashes = new Hash256[opening.Count + users.Count + closing.Count];
        var next = 0;
        foreach (var transaction in opening)
        {
            hashes[next++] = transaction.ComputeHash();
        }

        foreach (var raw in users)
        {
            hashes[next++] = Keccak256.Hash(raw.Span);
        }

        foreach (var transaction in closing)
        {
            hashes[next++] = transaction.ComputeHash();
        }

        return hashes;
    }
}
