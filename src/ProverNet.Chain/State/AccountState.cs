using ProverNet.Core;
using ProverNet.Core.Records;

namespace ProverNet.Chain.State;

/// <summary>An account's BREV balance and the nonce its next transaction must carry.</summary>
public readonly record struct AccountState(Amount Balance, ulong Nonce)
{
    /// <summary>Bytes of the canonical encoding: balance (16, big-endian) then nonce (8, big-endian).</summary>
    public const int EncodedLength = 24;

    /// <summary>No balance and no transactions: such an account is not stored at all.</summary>
    public bool IsEmpty => Balance == Amount.Zero && Nonce == 0;

    /// <summary>The canonical encoding.</summary>
    public byte[] Encode() => new FieldWriter(EncodedLength).U128(Balance.Wei).U64(Nonce).ToArray();

    /// <summary>Reads the canonical encoding.</summary>
    /// <exception cref="InvalidDataException">The bytes are not 24 long: the store is corrupt.</exception>
    public static AccountState Decode(ReadOnlySpan<byte> bytes) =>
        bytes.Length == EncodedLength
            ? Read(new FieldReader(bytes, "account"))
            : throw new InvalidDataException($"an account is {EncodedLength} bytes, found {bytes.Length}");

    private static AccountState Read(FieldReader fields)
    {
        var state = new AccountState(new Amount(fields.U128()), fields.U64());
        fields.End();
        return state;
    }
}
