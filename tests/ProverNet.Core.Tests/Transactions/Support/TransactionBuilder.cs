using ProverNet.Core.Rlp;
using ProverNet.Core.Transactions;
using Secp256k1Net;

namespace ProverNet.Core.Tests.Transactions.Support;

/// <summary>Encodes and signs test transactions field by field, so tests can vary exactly one field.</summary>
internal sealed record TransactionBuilder
{
    /// <summary>The EIP-155 example key (0x4646…46) and its address.</summary>
    public static readonly byte[] SecretKey = Convert.FromHexString(string.Concat(Enumerable.Repeat("46", 32)));

    public static readonly Address SecretKeyAddress = Address.Parse("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f");

    public TransactionType Type { get; init; } = TransactionType.DynamicFee;

    /// <summary>Null signs a legacy transaction without EIP-155.</summary>
    public ulong? ChainId { get; init; } = 1;

    public UInt256 Nonce { get; init; }

    /// <summary>When set, replaces the encoded nonce item (to test non-canonical encodings).</summary>
    public byte[]? NonceItem { get; init; }

    public UInt256 MaxPriorityFeePerGas { get; init; } = 1_000_000_000UL;

    public UInt256 MaxFeePerGas { get; init; } = 30_000_000_000UL;

    public UInt256 GasLimit { get; init; } = 21_000UL;

    public byte[] To { get; init; } = Convert.FromHexString("3535353535353535353535353535353535353535");

    public UInt256 Value { get; init; } = 1UL;

    public byte[] Data { get; init; } = [];

    /// <summary>The encoded access list (type 1 and 2 only).</summary>
    public byte[] AccessList { get; init; } = [0xc0];

    /// <summary>Signs with <see cref="SecretKey"/>; <paramref name="highS"/> replaces s by its n - s twin.</summary>
    public byte[] Sign(bool highS = false)
    {
        var hash = Keccak256.Hash(SigningPayload()).ToArray();
        var (signature, recoveryId) = Secp256k1.SignRecoverable(hash, SecretKey);
        var r = UInt256.FromBigEndian(signature.AsSpan(0, 32));
        var s = UInt256.FromBigEndian(signature.AsSpan(32, 32));
        if (highS)
        {
            s = UInt256.FromBigInteger(SenderRecovery.CurveOrder.ToBigInteger() - s.ToBigInteger());
            recoveryId ^= 1;
        }

        return WithSignature(r, s, recoveryId);
    }

    /// <summary>The transaction with the given signature values; v is derived from the type and chain id.</summary>
    public byte[] WithSignature(UInt256 r, UInt256 s, int recoveryId)
    {
        UInt256 v = Type != TransactionType.Legacy ? (ulong)recoveryId
            : ChainId is ulong chainId ? 35 + (2 * chainId) + (ulong)recoveryId
            : 27UL + (ulong)recoveryId;
        return WithSignatureItems(RlpWriter.EncodeUInt256(v), RlpWriter.EncodeUInt256(r), RlpWriter.EncodeUInt256(s));
    }

    /// <summary>The transaction with already-encoded v (or yParity), r and s items.</summary>
    public byte[] WithSignatureItems(byte[] v, byte[] r, byte[] s) => Envelope(RlpWriter.EncodeList([.. Fields(), v, r, s]));

    private byte[] SigningPayload()
    {
        var fields = Fields();
        if (Type == TransactionType.Legacy && ChainId is ulong chainId)
        {
            fields = [.. fields, RlpWriter.EncodeUInt256(chainId), [0x80], [0x80]];
        }

        return Envelope(RlpWriter.EncodeList(fields));
    }

    private byte[] Envelope(byte[] list) => Type == TransactionType.Legacy ? list : [(byte)Type, .. list];

    private byte[][] Fields()
    {
        var nonce = NonceItem ?? RlpWriter.EncodeUInt256(Nonce);
        var common = new[]
        {
            RlpWriter.EncodeUInt256(GasLimit), RlpWriter.EncodeString(To), RlpWriter.EncodeUInt256(Value), RlpWriter.EncodeString(Data),
        };
        return Type switch
        {
            TransactionType.Legacy => [nonce, RlpWriter.EncodeUInt256(MaxFeePerGas), .. common],
            TransactionType.AccessList => [RlpWriter.EncodeUInt256(ChainId ?? 0), nonce, RlpWriter.EncodeUInt256(MaxFeePerGas), .. common, AccessList],
            _ => [RlpWriter.EncodeUInt256(ChainId ?? 0), nonce, RlpWriter.EncodeUInt256(MaxPriorityFeePerGas), RlpWriter.EncodeUInt256(MaxFeePerGas), .. common, AccessList],
        };
    }
}
