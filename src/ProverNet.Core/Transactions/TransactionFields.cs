namespace ProverNet.Core.Transactions;

/// <summary>The fields of one transaction as read, before validation; spans point into the raw bytes.</summary>
internal ref struct TransactionFields
{
    public TransactionType Type;
    public ulong? ChainId;
    public ulong Nonce;
    public UInt256 MaxPriorityFeePerGas;
    public UInt256 MaxFeePerGas;
    public ulong GasLimit;
    public Address? To;
    public UInt256 Value;
    public ReadOnlySpan<byte> Data;
    public IReadOnlyList<AccessListEntry> AccessList;
    public int StorageKeyCount;
    public UInt256 V;
    public UInt256 R;
    public UInt256 S;
    public byte YParity;

    /// <summary>The encoded fields that the signature covers, from the first field up to the signature.</summary>
    public ReadOnlySpan<byte> SignedFields;

    /// <summary>Reads the fields of a transaction of <paramref name="type"/> from its RLP list payload.</summary>
    public static bool TryRead(TransactionType type, ReadOnlySpan<byte> listPayload, out TransactionFields fields, out TransactionDecodingError error)
    {
        // Filled in a local, not the out parameter: out parameters are scoped, and the spans must outlive this call.
        var read = new TransactionFields { Type = type, AccessList = [], SignedFields = listPayload[..0] };
        var reader = new TransactionFieldReader(listPayload);
        var ok = type == TransactionType.Legacy
            ? TryReadLegacy(ref reader, ref read, listPayload)
            : TryReadTyped(ref reader, ref read, listPayload);
        ok = ok && reader.TryFinish();
        error = reader.Error;
        fields = read;
        return ok;
    }

    private static bool TryReadLegacy(ref TransactionFieldReader reader, ref TransactionFields fields, ReadOnlySpan<byte> listPayload)
    {
        if (!reader.TryReadUInt64("nonce", TransactionError.NonceOverflow, out fields.Nonce)
            || !reader.TryReadUInt256("gasPrice", TransactionError.FeeFieldTooLong, out fields.MaxFeePerGas)
            || !TryReadCommon(ref reader, ref fields))
        {
            return false;
        }

        fields.MaxPriorityFeePerGas = fields.MaxFeePerGas;
        fields.SignedFields = listPayload[..reader.Position];
        return reader.TryReadUInt256("v", TransactionError.InvalidSignature, out fields.V) && TryReadRS(ref reader, ref fields);
    }

    private static bool TryReadTyped(ref TransactionFieldReader reader, ref TransactionFields fields, ReadOnlySpan<byte> listPayload)
    {
        if (!reader.TryReadUInt64("chainId", TransactionError.InvalidChainId, out var chainId)
            || !reader.TryReadUInt64("nonce", TransactionError.NonceOverflow, out fields.Nonce))
        {
            return false;
        }

        fields.ChainId = chainId;
        if (fields.Type == TransactionType.DynamicFee)
        {
            if (!reader.TryReadUInt256("maxPriorityFeePerGas", TransactionError.FeeFieldTooLong, out fields.MaxPriorityFeePerGas)
                || !reader.TryReadUInt256("maxFeePerGas", TransactionError.FeeFieldTooLong, out fields.MaxFeePerGas))
            {
                return false;
            }
        }
        else
        {
            if (!reader.TryReadUInt256("gasPrice", TransactionError.FeeFieldTooLong, out fields.MaxFeePerGas))
            {
                return false;
            }

            fields.MaxPriorityFeePerGas = fields.MaxFeePerGas;
        }

        if (!TryReadCommon(ref reader, ref fields)
            || !reader.TryReadAccessList(out fields.AccessList, out fields.StorageKeyCount))
        {
            return false;
        }

        fields.SignedFields = listPayload[..reader.Position];
        if (!reader.TryReadUInt64("yParity", TransactionError.InvalidSignature, out var yParity) || !TryReadRS(ref reader, ref fields))
        {
            return false;
        }

        fields.V = yParity;
        fields.YParity = (byte)Math.Min(yParity, byte.MaxValue);
        return true;
    }

    private static bool TryReadCommon(ref TransactionFieldReader reader, ref TransactionFields fields)
    {
        if (!reader.TryReadUInt64("gas", TransactionError.GasLimitOverflow, out fields.GasLimit)
            || !reader.TryReadRecipient(out fields.To)
            || !reader.TryReadUInt256("value", TransactionError.ValueTooLong, out fields.Value))
        {
            return false;
        }

        return reader.TryReadString("data", out fields.Data);
    }

    private static bool TryReadRS(ref TransactionFieldReader reader, ref TransactionFields fields) =>
        reader.TryReadUInt256("r", TransactionError.InvalidSignature, out fields.R)
        && reader.TryReadUInt256("s", TransactionError.InvalidSignature, out fields.S);
}
