using System.Buffers;
using ProverNet.Core.Rlp;

namespace ProverNet.Core.Transactions;

/// <summary>The hash a transaction's signature signs, built from the raw field bytes.</summary>
internal static class SigningHash
{
    private const int StackSigningBufferLength = 1024;

    /// <summary>
    /// keccak of what was signed: the type byte (typed) and the RLP list of the fields before the signature, plus
    /// [chainId, 0, 0] for an EIP-155 legacy transaction. The fields are reused from the raw bytes, not re-encoded.
    /// </summary>
    public static void Compute(TransactionType type, ReadOnlySpan<byte> signedFields, ulong? legacyChainId, Span<byte> hash)
    {
        Span<byte> tail = stackalloc byte[11];
        var tailLength = 0;
        if (legacyChainId is ulong chainId)
        {
            tailLength = RlpWriter.WriteUInt64(tail, chainId);
            tail[tailLength++] = 0x80;
            tail[tailLength++] = 0x80;
        }

        var payloadLength = signedFields.Length + tailLength;
        var typeLength = type == TransactionType.Legacy ? 0 : 1;
        var total = typeLength + RlpWriter.GetListHeaderLength(payloadLength) + payloadLength;
        byte[]? rented = null;
        var buffer = total <= StackSigningBufferLength
            ? stackalloc byte[StackSigningBufferLength]
            : (rented = ArrayPool<byte>.Shared.Rent(total));
        try
        {
            buffer[0] = (byte)type;
            var offset = typeLength + RlpWriter.WriteListHeader(buffer[typeLength..], payloadLength);
            signedFields.CopyTo(buffer[offset..]);
            tail[..tailLength].CopyTo(buffer[(offset + signedFields.Length)..]);
            Keccak256.Hash(buffer[..total], hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
