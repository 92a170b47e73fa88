using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>
/// Canonical state keys: one leading byte per kind of entry, then the entry's identity, so each kind is one ordered
/// range of the State column family and keys of different kinds never collide. Kinds 0x01–0x0F belong to accounts,
/// provers and the message outbox (here), 0x10–0x1F to the Market, 0x20–0x2F to governed parameters and L1 inputs.
/// </summary>
public static class StateKeys
{
    /// <summary>Kind byte of an account (balance and nonce).</summary>
    public const byte AccountKind = 0x01;

    /// <summary>Kind byte of a prover's L2 mirror.</summary>
    public const byte ProverKind = 0x02;

    /// <summary>Kind byte of an L2→L1 message, by nonce.</summary>
    public const byte MessageKind = 0x03;

    /// <summary>Kind byte of the single entry holding the message count and the outbox tree's peaks.</summary>
    public const byte MessageAccumulatorKind = 0x04;

    /// <summary>Kind byte of the single entry naming the chain (<c>Genesis.ChainIdentity</c>).</summary>
    public const byte ChainIdentityKind = 0x05;

    /// <summary>The key of the message with <paramref name="nonce"/>: <c>0x03 ‖ nonce (8, big-endian)</c>.</summary>
    public static byte[] Message(ulong nonce) => ForId(MessageKind, nonce);

    /// <summary>The key of the outbox accumulator: <c>0x04</c>.</summary>
    public static byte[] MessageAccumulator() => [MessageAccumulatorKind];

    /// <summary>The key of an entry identified by a 64-bit id: <c>kind ‖ id (8, big-endian)</c>, so ids sort numerically.</summary>
    public static byte[] ForId(byte kind, ulong id)
    {
        var key = new byte[1 + sizeof(ulong)];
        key[0] = kind;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(key.AsSpan(1), id);
        return key;
    }

    /// <summary>The key of <paramref name="address"/>'s account: <c>0x01 ‖ address</c>.</summary>
    public static byte[] Account(Address address) => ForAddress(AccountKind, address);

    /// <summary>The key of the prover <paramref name="address"/>'s mirror: <c>0x02 ‖ address</c>.</summary>
    public static byte[] Prover(Address address) => ForAddress(ProverKind, address);

    private static byte[] ForAddress(byte kind, Address address)
    {
        var key = new byte[1 + Address.Length];
        key[0] = kind;
        address.WriteTo(key.AsSpan(1));
        return key;
    }
}
