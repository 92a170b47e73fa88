using Secp256k1Net;

namespace ProverNet.Core.Transactions;

/// <summary>One native libsecp256k1 context per thread, so signing and recovery run on all cores without locks.</summary>
internal static class Secp256k1Context
{
    [ThreadStatic]
    private static Secp256k1? current;

    public static Secp256k1 Current => current ??= new Secp256k1();
}
