using System.Diagnostics.CodeAnalysis;
using ProverNet.Core.Rlp;

namespace ProverNet.Core.Transactions;

/// <summary>
/// Decodes a raw signed Ethereum transaction (legacy with or without EIP-155, EIP-2930, EIP-1559), applies the encoding,
/// signature and stateless validity rules of an Ethereum Cancun node, and recovers the sender. Thread-safe.
/// </summary>
public sealed class TransactionDecoder
{
    /// <summary>Creates a decoder; <paramref name="expectedChainId"/> null means any chain id is accepted.</summary>
    public TransactionDecoder(ulong? expectedChainId = null)
    {
        ExpectedChainId = expectedChainId;
    }

    /// <summary>The chain id transactions must carry, or null to accept any.</summary>
    /// <remarks>A legacy transaction without EIP-155 carries no chain id and passes this check, as on Ethereum.</remarks>
    public ulong? ExpectedChainId { get; }

    /// <summary>Decodes and validates <paramref name="raw"/>; on failure, <paramref name="error"/> says which rule it broke.</summary>
    public bool TryDecode(ReadOnlySpan<byte> raw, [NotNullWhen(true)] out SignedTransaction? transaction, out TransactionDecodingError error)
    {
        transaction = null;
        if (raw.IsEmpty)
        {
            error = new(TransactionError.Empty, "no transaction bytes");
            return false;
        }

        var first = raw[0];
        if (first >= 0xc0)
        {
            return TryDecodeEnvelope(TransactionType.Legacy, raw, raw, out transaction, out error);
        }

        if (first is (byte)TransactionType.AccessList or (byte)TransactionType.DynamicFee)
        {
            return TryDecodeEnvelope((TransactionType)first, raw, raw[1..], out transaction, out error);
        }

        error = first < 0x80
            ? new(TransactionError.UnsupportedType, $"transaction type 0x{first:x2} is not supported (only legacy, 0x01 and 0x02)")
            : new(TransactionError.MalformedRlp, "a transaction is an RLP list, or a type byte and an RLP list; got an RLP string");
        return false;
    }

    private bool TryDecodeEnvelope(TransactionType type, ReadOnlySpan<byte> raw, ReadOnlySpan<byte> rlp, [NotNullWhen(true)] out SignedTransaction? transaction, out TransactionDecodingError error)
    {
        transaction = null;
        var envelope = new RlpReader(rlp);
        if (!envelope.TryReadList(out _, out var rlpError))
        {
            error = new(TransactionError.MalformedRlp, $"transaction is not a well-formed RLP list ({rlpError})");
            return false;
        }

        if (!envelope.IsAtEnd)
        {
            error = new(TransactionError.TrailingBytes, $"{rlp.Length - envelope.Position} bytes follow the transaction's RLP list");
            return false;
        }

        // The list header is 1 to 9 bytes; the payload is what follows it up to the end.
        var headerLength = rlp[0] <= 0xf7 ? 1 : 1 + (rlp[0] - 0xf7);
        if (!TransactionFields.TryRead(type, rlp[headerLength..], out var fields, out error)
            || !TryResolveSignature(ref fields, out error)
            || !TryCheckStatelessRules(ref fields, out var intrinsicGas, out error))
        {
            return false;
        }

        Span<byte> signingHash = stackalloc byte[Hash256.Length];
        SigningHash.Compute(fields.Type, fields.SignedFields, fields.Type == TransactionType.Legacy ? fields.ChainId : null, signingHash);
        if (!SenderRecovery.TryRecover(signingHash, fields.R, fields.S, fields.YParity, out var sender))
        {
            error = new(TransactionError.InvalidSignature, "no public key recovers from this signature");
            return false;
        }

        // One copy of the input: the calldata is a slice of it.
        var copy = raw.ToArray();
        raw.Overlaps(fields.Data, out var dataOffset);
        transaction = new SignedTransaction
        {
            Type = type,
            ChainId = fields.ChainId,
            Nonce = fields.Nonce,
            MaxPriorityFeePerGas = fields.MaxPriorityFeePerGas,
            MaxFeePerGas = fields.MaxFeePerGas,
            GasLimit = fields.GasLimit,
            To = fields.To,
            Value = fields.Value,
            Data = copy.AsMemory(dataOffset, fields.Data.Length),
            AccessList = fields.AccessList,
            V = fields.V,
            R = fields.R,
            S = fields.S,
            YParity = fields.YParity,
            Sender = sender,
            Raw = copy,
            Hash = Keccak256.Hash(raw),
            IntrinsicGas = intrinsicGas,
        };
        error = default;
        return true;
    }

    /// <summary>Derives the chain id and recovery id from v (legacy) or yParity, and checks r, s and the chain id.</summary>
    private bool TryResolveSignature(ref TransactionFields fields, out TransactionDecodingError error)
    {
        if (fields.Type == TransactionType.Legacy)
        {
            if (!TryResolveLegacyV(fields.V, out fields.ChainId, out fields.YParity, out error))
            {
                return false;
            }
        }
        else if (fields.YParity > 1)
        {
            error = new(TransactionError.InvalidSignature, $"yParity is {fields.V}, expected 0 or 1");
            return false;
        }

        if (fields.ChainId is 0)
        {
            error = new(TransactionError.InvalidChainId, "chain id 0 is not a valid chain id");
            return false;
        }

        if (fields.ChainId is ulong chainId && ExpectedChainId is ulong expected && chainId != expected)
        {
            error = new(TransactionError.InvalidChainId, $"chain id is {chainId}, expected {expected}");
            return false;
        }

        var signatureError = SenderRecovery.CheckSignatureValues(fields.R, fields.S);
        error = signatureError ?? default;
        return signatureError is null;
    }

    private static bool TryResolveLegacyV(UInt256 v, out ulong? chainId, out byte recoveryId, out TransactionDecodingError error)
    {
        chainId = null;
        recoveryId = 0;
        error = default;
        if (v == 27 || v == 28)
        {
            recoveryId = (byte)(v.Low64 - 27);
            return true;
        }

        if (v < 35)
        {
            error = new(TransactionError.InvalidSignature, $"v is {v}, expected 27, 28 or 35 + 2·chainId + {{0, 1}}");
            return false;
        }

        if (!v.FitsInUInt64)
        {
            error = new(TransactionError.InvalidChainId, "the chain id implied by v does not fit in 64 bits");
            return false;
        }

        // EIP-155: v = 35 + 2·chainId + recoveryId.
        chainId = (v.Low64 - 35) / 2;
        recoveryId = (byte)((v.Low64 - 35) % 2);
        return true;
    }

    private static bool TryCheckStatelessRules(ref TransactionFields fields, out ulong intrinsicGas, out TransactionDecodingError error)
    {
        intrinsicGas = IntrinsicGas.Compute(fields.Data, fields.To is null, fields.AccessList.Count, fields.StorageKeyCount);
        error = default;
        if (fields.Nonce == ulong.MaxValue)
        {
            error = new(TransactionError.NonceTooBig, "nonce is 2^64 - 1, which EIP-2681 forbids");
        }
        else if (fields.MaxPriorityFeePerGas > fields.MaxFeePerGas)
        {
            error = new(TransactionError.PriorityFeeAboveMaxFee, $"maxPriorityFeePerGas {fields.MaxPriorityFeePerGas} exceeds maxFeePerGas {fields.MaxFeePerGas}");
        }
        else if (!fields.MaxFeePerGas.TryMultiply(fields.GasLimit, out _))
        {
            error = new(TransactionError.GasLimitPriceProductOverflow, "gas × gas price does not fit in 256 bits");
        }
        else if (fields.To is null && fields.Data.Length > IntrinsicGas.MaxInitCodeSize)
        {
            error = new(TransactionError.InitCodeTooLarge, $"init code is {fields.Data.Length} bytes, at most {IntrinsicGas.MaxInitCodeSize} allowed (EIP-3860)");
        }
        else if (fields.GasLimit < intrinsicGas)
        {
            error = new(TransactionError.IntrinsicGasTooLow, $"gas {fields.GasLimit} is below the intrinsic gas {intrinsicGas}");
        }

        return error.Code == default;
    }
}
