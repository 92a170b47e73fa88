using System.Buffers.Binary;
using System.Text;
using ProverNet.Core;

namespace ProverNet.Chain.Receipts;

/// <summary>Log topics as Solidity writes them: the event signature's keccak, then indexed values as 32-byte words.</summary>
public static class EventTopics
{
    /// <summary>topic0 of the event with canonical signature <paramref name="signature"/>.</summary>
    public static Hash256 Signature(string signature) => Keccak256.Hash(Encoding.ASCII.GetBytes(signature));

    /// <summary>An indexed unsigned integer (ids, class ids).</summary>
    public static Hash256 Of(ulong value)
    {
        Span<byte> word = stackalloc byte[Hash256.Length];
        word.Clear();
        BinaryPrimitives.WriteUInt64BigEndian(word[24..], value);
        return new Hash256(word);
    }

    /// <summary>An indexed address.</summary>
    public static Hash256 Of(Address address)
    {
        Span<byte> word = stackalloc byte[Hash256.Length];
        word.Clear();
        address.WriteTo(word[12..]);
        return new Hash256(word);
    }
}
