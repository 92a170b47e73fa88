using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.Blocks;

/// <summary>
/// A header and its body. Canonical encoding: <c>rlp([header, [opening system…], [user raw…], [closing system…]])</c>,
/// the header being its own field list and each raw user transaction a byte string.
/// </summary>
public sealed class Block : IEquatable<Block>
{
    private const string What = "block";

    /// <summary>Pairs a header with its body; does not check the header's transactions root (the processor does).</summary>
    public Block(BlockHeader header, BlockBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        Header = header;
        Body = body;
        Hash = header.ComputeHash();
    }

    /// <summary>The header.</summary>
    public BlockHeader Header { get; }

    /// <summary>The transactions.</summary>
    public BlockBody Body { get; }

    /// <summary>The block hash (of the header), computed once.</summary>
    public Hash256 Hash { get; }

    /// <summary>The height.</summary>
    public ulong Number => Header.Number;

    /// <summary>The canonical encoding.</summary>
    public byte[] Encode() => Body.EncodeBlock(Header.Encode());

    /// <summary>Bytes in the canonical encoding (JSON-RPC's <c>size</c>), without encoding the body.</summary>
    public int EncodedLength => Body.EncodedLength(Header.Encode());

    /// <summary>Decodes a canonical block encoding.</summary>
    /// <exception cref="RlpDecodingException">Anything but exactly one canonical block.</exception>
    public static Block Decode(ReadOnlySpan<byte> encoding)
    {
        var fields = StrictRlpReader.OpenList(encoding, What);
        var headerFields = fields.ReadList(nameof(Header));
        var header = BlockHeader.ReadFields(ref headerFields);
        var body = BlockBody.ReadLists(ref fields);
        fields.EnsureAtEnd();
        return new Block(header, body);
    }

    /// <summary>Decodes only the header of a block encoding (the body is skipped, not checked).</summary>
    /// <exception cref="RlpDecodingException">The encoding does not open with a canonical header.</exception>
    public static BlockHeader DecodeHeader(ReadOnlySpan<byte> encoding)
    {
        var fields = StrictRlpReader.OpenList(encoding, What);
        var headerFields = fields.ReadList(nameof(Header));
        return BlockHeader.ReadFields(ref headerFields);
    }

    /// <inheritdoc/>
    public bool Equals(Block? other) => other is not null && Header == other.Header && Body.Equals(other.Body);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Block);

    /// <inheritdoc/>
    public override int GetHashCode() => Hash.GetHashCode();
}
