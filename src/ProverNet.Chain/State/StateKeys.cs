using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>
/// Canonical state keys: one leading byte per kind of entry, then the entry's identity, so each kind is one ordered
/// range of the State column family and keys of different kinds never collide.
/// </summary>
public static class StateKeys
{
    /// <summary>Kind byte of an account (balance and nonce).</summary>
    public const byte AccountKind = 0x01;

    /// <summary>Kind byte of a prover's L2 mirror.</summary>
    public const byte ProverKind = 0x02;

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
