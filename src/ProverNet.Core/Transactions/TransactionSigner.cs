using ProverNet.Core.Rlp;
using Secp256k1Net;

namespace ProverNet.Core.Transactions;

/// <summary>
/// Signs EIP-1559 transactions with a private key through native libsecp256k1 (RFC 6979 nonces, low-s), producing the
/// raw bytes a wallet would send. For dev accounts, load generators and tests; the node itself never holds user keys.
/// </summary>
public sealed class TransactionSigner
{
    private const int SecretKeyLength = 32;
    private readonly byte[] secretKey;

    /// <summary>Creates a signer for the 32-byte <paramref name="privateKey"/>.</summary>
    /// <exception cref="ArgumentException">Not a valid secp256k1 secret key.</exception>
    public TransactionSigner(ReadOnlySpan<byte> privateKey)
    {
        if (privateKey.Length != SecretKeyLength || !Secp256k1Context.Current.EcSeckeyVerify(privateKey))
        {
            throw new ArgumentException("a private key is 32 bytes in [1, n)", nameof(privateKey));
        }

        secretKey = privateKey.ToArray();
        Address = DeriveAddress(secretKey);
    }

    /// <summary>The account the key controls.</summary>
    public Address Address { get; }

    /// <summary>Creates a signer from a hex private key (with or without 0x).</summary>
    public static TransactionSigner FromHex(string privateKey) => new(Hex.Decode(privateKey));

    /// <summary>Signs an EIP-1559 (type 2) transaction with an empty access list and returns its raw bytes.</summary>
    public byte[] SignDynamicFee(
        ulong chainId, ulong nonce, UInt256 maxPriorityFeePerGas, UInt256 maxFeePerGas, ulong gasLimit, Address to, UInt256 value, ReadOnlySpan<byte> data)
    {
        byte[][] fields =
        [
            RlpWriter.EncodeUInt256(chainId),
            RlpWriter.EncodeUInt256(nonce),
            RlpWriter.EncodeUInt256(maxPriorityFeePerGas),
            RlpWriter.EncodeUInt256(maxFeePerGas),
            RlpWriter.EncodeUInt256(gasLimit),
            RlpWriter.EncodeString(to.ToArray()),
            RlpWriter.EncodeUInt256(value),
            RlpWriter.EncodeString(data),
            RlpWriter.EncodeList(),
        ];
        var unsigned = RlpWriter.EncodeList(fields);
        Span<byte> signingHash = stackalloc byte[Hash256.Length];
        Keccak256.Hash([(byte)TransactionType.DynamicFee, .. unsigned], signingHash);

        var secp256k1 = Secp256k1Context.Current;
        Span<byte> signature = stackalloc byte[65];
        Span<byte> compact = stackalloc byte[64];
        if (!secp256k1.EcdsaSignRecoverable(signature, signingHash, secretKey)
            || !secp256k1.EcdsaRecoverableSignatureSerializeCompact(compact, out var recoveryId, signature))
        {
            throw new InvalidOperationException("libsecp256k1 could not sign");
        }

        var signed = RlpWriter.EncodeList(
        [
            .. fields,
            RlpWriter.EncodeUInt256((ulong)recoveryId),
            RlpWriter.EncodeUInt256(UInt256.FromBigEndian(compact[..32])),
            RlpWriter.EncodeUInt256(UInt256.FromBigEndian(compact[32..])),
        ]);
        return [(byte)TransactionType.DynamicFee, .. signed];
    }

    private static Address DeriveAddress(ReadOnlySpan<byte> secretKey)
    {
        var secp256k1 = Secp256k1Context.Current;
        Span<byte> publicKey = stackalloc byte[64];
        Span<byte> serialized = stackalloc byte[65];
        nuint serializedLength = 65;
        secp256k1.EcPubkeyCreate(publicKey, secretKey);
        secp256k1.EcPubkeySerialize(serialized, ref serializedLength, publicKey, Secp256k1EcFlags.Uncompressed);
        Span<byte> hash = stackalloc byte[Hash256.Length];
        Keccak256.Hash(serialized[1..], hash);
        return new Address(hash[(Hash256.Length - Address.Length)..]);
    }
}
