using CsCheck;

namespace ProverNet.Auction.Tests.Support;

/// <summary>Draws from a CsCheck generator with a fixed PCG seed, so every CI run checks the same instances.</summary>
internal static class SeededSamples
{
    public static IEnumerable<T> Draw<T>(Gen<T> gen, int count, ulong seed)
    {
        var pcg = new PCG(1, seed);
        for (var i = 0; i < count; i++)
        {
            yield return gen.Generate(pcg, null, out _);
        }
    }
}
