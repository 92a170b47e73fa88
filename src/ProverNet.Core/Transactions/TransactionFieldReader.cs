using ProverNet.Core.Rlp;

namespace ProverNet.Core.Transactions;

/// <summary>
/// Reads a transaction's fields from its RLP list one by one, turning RLP errors into transaction errors that name the
/// field. After a false return, <see cref="Error"/> says why.
/// </summary>
internal ref struct TransactionFieldReader
{
    private RlpReader fields;

    public TransactionFieldReader(ReadOnlySpan<byte> listPayload)
    {
        fields = new RlpReader(listPayload);
        Error = default;
    }

    /// <summary>Why the last read failed.</summary>
    public TransactionDecodingError Error { get; private set; }

    /// <summary>Bytes of the list payload consumed so far.</summary>
    public readonly int Position => fields.Position;

    /// <summary>Fails unless every field has been read.</summary>
    public bool TryFinish()
    {
        return fields.IsAtEnd || Fail(TransactionError.WrongFieldCount, "too many fields in the transaction list");
    }

    /// <summary>A canonical integer; longer than <paramref name="maxBytes"/> is <paramref name="tooLong"/>.</summary>
    public bool TryReadInteger(string name, int maxBytes, TransactionError tooLong, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (!TryReadString(name, out var bytes))
        {
            return false;
        }

        if (bytes.Length > 0 && bytes[0] == 0)
        {
            return Fail(TransactionError.NonCanonicalInteger, $"{name} has leading zero bytes");
        }

        if (bytes.Length > maxBytes)
        {
            return Fail(tooLong, $"{name} is {bytes.Length} bytes, at most {maxBytes} allowed");
        }

        value = bytes;
        return true;
    }

    /// <summary>A canonical integer below 2^64.</summary>
    public bool TryReadUInt64(string name, TransactionError tooLong, out ulong value)
    {
        value = 0;
        if (!TryReadInteger(name, sizeof(ulong), tooLong, out var bytes))
        {
            return false;
        }

        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return true;
    }

    /// <summary>A canonical integer below 2^256.</summary>
    public bool TryReadUInt256(string name, TransactionError tooLong, out UInt256 value)
    {
        value = default;
        if (!TryReadInteger(name, UInt256.Length, tooLong, out var bytes))
        {
            return false;
        }

        value = UInt256.FromBigEndian(bytes);
        return true;
    }

    /// <summary>The <c>to</c> field: empty for a creation, otherwise exactly 20 bytes.</summary>
    public bool TryReadRecipient(out Address? to)
    {
        to = null;
        if (!TryReadString("to", out var bytes))
        {
            return false;
        }

        if (bytes.Length == 0)
        {
            return true;
        }

        if (bytes.Length != Address.Length)
        {
            return Fail(TransactionError.InvalidRecipient, $"to is {bytes.Length} bytes, expected 20 or empty");
        }

        to = new Address(bytes);
        return true;
    }

    /// <summary>Any byte string.</summary>
    public bool TryReadString(string name, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (fields.IsAtEnd)
        {
            return Fail(TransactionError.WrongFieldCount, $"too few fields in the transaction list: {name} is missing");
        }

        return fields.TryReadString(out value, out var error) || FailRlp(name, error);
    }

    /// <summary>An EIP-2930 access list; counts its storage keys for the intrinsic gas.</summary>
    public bool TryReadAccessList(out IReadOnlyList<AccessListEntry> accessList, out int storageKeyCount)
    {
        accessList = [];
        storageKeyCount = 0;
        if (fields.IsAtEnd)
        {
            return Fail(TransactionError.WrongFieldCount, "too few fields in the transaction list: accessList is missing");
        }

        if (!fields.TryReadList(out var entries, out var rlpError))
        {
            return FailRlp("accessList", rlpError);
        }

        if (entries.IsAtEnd)
        {
            // The common case: keep the shared empty list rather than allocate one per transaction.
            return true;
        }

        var result = new List<AccessListEntry>();
        while (!entries.IsAtEnd)
        {
            if (!TryReadAccessListEntry(ref entries, out var entry))
            {
                return false;
            }

            storageKeyCount += entry.StorageKeys.Count;
            result.Add(entry);
        }

        accessList = result;
        return true;
    }

    private bool TryReadAccessListEntry(ref RlpReader entries, out AccessListEntry entry)
    {
        entry = null!;
        if (!entries.TryReadList(out var pair, out var rlpError)
            || !pair.TryReadString(out var address, out rlpError)
            || !pair.TryReadList(out var keys, out rlpError))
        {
            return Fail(TransactionError.InvalidAccessList, $"access list entry is not [address, [storageKeys]]: {rlpError}");
        }

        if (!pair.IsAtEnd)
        {
            return Fail(TransactionError.InvalidAccessList, "access list entry has more than two items");
        }

        if (address.Length != Address.Length)
        {
            return Fail(TransactionError.InvalidAccessList, $"access list address is {address.Length} bytes, expected 20");
        }

        var storageKeys = new List<Hash256>();
        while (!keys.IsAtEnd)
        {
            if (!keys.TryReadString(out var key, out rlpError))
            {
                return Fail(TransactionError.InvalidAccessList, $"access list storage key: {rlpError}");
            }

            if (key.Length != Hash256.Length)
            {
                return Fail(TransactionError.InvalidAccessList, $"access list storage key is {key.Length} bytes, expected 32");
            }

            storageKeys.Add(new Hash256(key));
        }

        entry = new AccessListEntry(new Address(address), storageKeys);
        return true;
    }

    private bool FailRlp(string name, RlpError error) => error == RlpError.ExpectedString
        ? Fail(TransactionError.MalformedRlp, $"{name} is a list, expected a byte string")
        : Fail(TransactionError.MalformedRlp, $"{name}: malformed RLP ({error})");

    private bool Fail(TransactionError code, string message)
    {
        Error = new TransactionDecodingError(code, message);
        return false;
    }
}
