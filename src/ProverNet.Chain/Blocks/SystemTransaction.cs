using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.Blocks;

/// <summary>
/// An effect no user transaction causes — an L1 deposit, stake or parameter change, a proof result, an auction clearing,
/// a deadline expiry — recorded in the block so that it has a hash, a receipt and logs like any transaction. Opaque
/// here: the executor interprets <see cref="Kind"/> and <see cref="Payload"/>. The payload must make the transaction
/// unique across the chain (an L1 log id, the block number), since its hash indexes it.
/// </summary>
/// <param name="Kind">What the executor does with it.</param>
/// <param name="Payload">The kind's canonical input bytes.</param>
public readonly record struct SystemTransaction(byte Kind, ReadOnlyMemory<byte> Payload)
{
    /// <summary>
    /// The EIP-2718 type byte that prefixes the hashed form. Our decoder accepts only legacy, type 1 and type 2 user
    /// transactions and admission must never accept this type, so no user transaction can share a system one's hash
    /// (it is also the type OP Stack uses for deposits, so explorers already treat it as "not user-signed").
    /// </summary>
    public const byte TypeByte = 0x7e;

    private const string What = "system transaction";

    /// <summary>The transaction hash: <c>keccak256(0x7e ‖ rlp([kind, payload]))</c>.</summary>
    public Hash256 ComputeHash()
    {
        var body = Encode();
        var typed = new byte[1 + body.Length];
        typed[0] = TypeByte;
        body.CopyTo(typed, 1);
        return Keccak256.Hash(typed);
    }

    /// <summary>The canonical encoding inside a block: <c>rlp([kind, payload])</c>.</summary>
    public byte[] Encode() => RlpItems.ListOf([RlpItems.OfNumber(Kind), RlpItems.OfBytes(Payload.Span)]);

    /// <summary>Decodes <see cref="Encode"/>'s output.</summary>
    /// <exception cref="RlpDecodingException">Not exactly one canonical two-field list.</exception>
    public static SystemTransaction Decode(ReadOnlySpan<byte> encoding)
    {
        var fields = StrictRlpReader.OpenList(encoding, What);
        return ReadFields(ref fields);
    }

    /// <summary>Byte-wise equality of the payload, which the default record equality would compare by reference.</summary>
    public bool Equals(SystemTransaction other) => Kind == other.Kind && Payload.Span.SequenceEqual(other.Payload.Span);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Payload.Length);

    internal static SystemTransaction ReadFields(ref StrictRlpReader fields)
    {
        var kind = fields.ReadByteValue(nameof(Kind));
        var payload = fields.ReadBytes(nameof(Payload)).ToArray();
        fields.EnsureAtEnd();
        return new SystemTransaction(kind, payload);
    }
}
