using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.Blocks;

/// <summary>
/// An L2 block header (docs/architecture.md §4). Its canonical encoding is the RLP list of the fields in declaration order —
/// integers minimal big-endian, hashes 32 bytes, the L1 origin flattened into its number, hash and timestamp — and the block hash
/// is <c>keccak256</c> of that encoding.
/// </summary>
/// <param name="Number">Height: genesis is 0.</param>
/// <param name="ParentHash">The previous block's hash; zero for genesis.</param>
/// <param name="Timestamp">Block time in seconds since the Unix epoch; the only clock the state transition sees.</param>
/// <param name="L1Origin">The L1 block this block was derived against.</param>
/// <param name="StateRoot">The state root after executing the block.</param>
/// <param name="TransactionsRoot">The <see cref="OrderedMerkleRoot"/> of the block's transactions in execution order.</param>
/// <param name="ReceiptsRoot">The <see cref="OrderedMerkleRoot"/> of the block's receipts in execution order.</param>
/// <param name="MessagesRoot">The root of the L2→L1 messages tree after the block.</param>
/// <param name="GasUsed">Gas used by all transactions of the block.</param>
/// <param name="GasLimit">The block's gas limit.</param>
/// <param name="BaseFee">The EIP-1559 base fee per gas, in wei.</param>
/// <param name="ClearingSummaryHash">The hash of the auction round outcome cleared in this block; zero when no round ran.</param>
public readonly record struct BlockHeader(
    ulong Number,
    Hash256 ParentHash,
    ulong Timestamp,
    L1Origin L1Origin,
    Hash256 StateRoot,
    Hash256 TransactionsRoot,
    Hash256 ReceiptsRoot,
    Hash256 MessagesRoot,
    ulong GasUsed,
    ulong GasLimit,
    Amount BaseFee,
    Hash256 ClearingSummaryHash)
{
    private const string What = "block header";

    /// <summary>The canonical RLP encoding.</summary>
    public byte[] Encode() => RlpItems.ListOf(
    [
        RlpItems.OfNumber(Number),
        RlpItems.OfHash(ParentHash),
        RlpItems.OfNumber(Timestamp),
        RlpItems.OfNumber(L1Origin.Number),
        RlpItems.OfHash(L1Origin.Hash),
        RlpItems.OfNumber(L1Origin.Timestamp),
        RlpItems.OfHash(StateRoot),
        RlpItems.OfHash(TransactionsRoot),
        RlpItems.OfHash(ReceiptsRoot),
        RlpItems.OfHash(MessagesRoot),
        RlpItems.OfNumber(GasUsed),
        RlpItems.OfNumber(GasLimit),
        RlpItems.OfAmount(BaseFee),
        RlpItems.OfHash(ClearingSummaryHash),
    ]);

    /// <summary>The block hash, <c>keccak256(Encode())</c>. Computed on each call: cache it where it is reused.</summary>
    public Hash256 ComputeHash() => Keccak256.Hash(Encode());

    /// <summary>Decodes a canonical header encoding.</summary>
    /// <exception cref="RlpDecodingException">Not exactly one canonical header with fourteen well-sized fields.</exception>
    public static BlockHeader Decode(ReadOnlySpan<byte> encoding)
    {
        var fields = StrictRlpReader.OpenList(encoding, What);
        return ReadFields(ref fields);
    }

    /// <summary>Reads the header's fields from an already opened list, then requires the list to be finished.</summary>
    internal static BlockHeader ReadFields(ref StrictRlpReader fields)
    {
        var header = new BlockHeader(
            Number: fields.ReadNumber(nameof(Number)),
            ParentHash: fields.ReadHash(nameof(ParentHash)),
            Timestamp: fields.ReadNumber(nameof(Timestamp)),
            L1Origin: new L1Origin(fields.ReadNumber("L1OriginNumber"), fields.ReadHash("L1OriginHash"), fields.ReadNumber("L1OriginTimestamp")),
            StateRoot: fields.ReadHash(nameof(StateRoot)),
            TransactionsRoot: fields.ReadHash(nameof(TransactionsRoot)),
            ReceiptsRoot: fields.ReadHash(nameof(ReceiptsRoot)),
            MessagesRoot: fields.ReadHash(nameof(MessagesRoot)),
            GasUsed: fields.ReadNumber(nameof(GasUsed)),
            GasLimit: fields.ReadNumber(nameof(GasLimit)),
            BaseFee: fields.ReadAmount(nameof(BaseFee)),
            ClearingSummaryHash: fields.ReadHash(nameof(ClearingSummaryHash)));
        fields.EnsureAtEnd();
        return header;
    }
}
