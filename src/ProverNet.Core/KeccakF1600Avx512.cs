using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ProverNet.Core;

/// <summary>
/// Keccak-f[1600] with AVX-512: row y of the state in lanes 0–4 of one register (the rows named B, G, K, M, S after
/// y = 0..4). θ's column parities take two three-way XORs (vpternlogq), ρ is one variable rotate per row, and π is done
/// in two halves around χ: a lane permute within each row first, which makes χ's neighbours line up across registers
/// so that χ is one vpternlogq per row, then a transpose back to rows. The layout follows the XKCP AVX-512 design.
/// </summary>
internal static class KeccakF1600Avx512
{
    private const byte Xor3 = 0x96;        // a ^ b ^ c
    private const byte XorNotAnd = 0xD2;   // a ^ (~b & c)

    /// <summary>Applies the 24 rounds to <paramref name="state"/> (25 lanes) in place; requires AVX-512F.</summary>
    public static void Permute(Span<ulong> state)
    {
        state = state[..KeccakF1600.Lanes];
        var b = LoadRow(state[..5]);
        var g = LoadRow(state[5..10]);
        var k = LoadRow(state[10..15]);
        var m = LoadRow(state[15..20]);
        var s = LoadRow(state[20..]);

        var previousColumn = Vector512.Create(4UL, 0, 1, 2, 3, 5, 6, 7);
        var nextColumn = Vector512.Create(1UL, 2, 3, 4, 0, 5, 6, 7);
        var rhoB = Vector512.Create(0UL, 1, 62, 28, 27, 0, 0, 0);
        var rhoG = Vector512.Create(36UL, 44, 6, 55, 20, 0, 0, 0);
        var rhoK = Vector512.Create(3UL, 10, 43, 25, 39, 0, 0, 0);
        var rhoM = Vector512.Create(41UL, 45, 15, 21, 8, 0, 0, 0);
        var rhoS = Vector512.Create(18UL, 2, 61, 56, 14, 0, 0, 0);
        var piB = Vector512.Create(0UL, 3, 1, 4, 2, 5, 6, 7);
        var piG = Vector512.Create(1UL, 4, 2, 0, 3, 5, 6, 7);
        var piK = Vector512.Create(2UL, 0, 3, 1, 4, 5, 6, 7);
        var piM = Vector512.Create(3UL, 1, 4, 2, 0, 5, 6, 7);
        var piS = Vector512.Create(4UL, 2, 0, 3, 1, 5, 6, 7);
        var backS1 = Vector512.Create(0UL, 1, 2, 3, 4, 5, 8, 10);
        var backS2 = Vector512.Create(0UL, 1, 2, 3, 4, 5, 9, 11);
        var backBG = Vector512.Create(0UL, 1, 8, 9, 6, 5, 6, 7);
        var backKM = Vector512.Create(2UL, 3, 10, 11, 7, 5, 6, 7);
        var backS3 = Vector512.Create(4UL, 5, 12, 13, 4, 5, 6, 7);
        var lane4 = Vector512.Create(0UL, 0, 0, 0, ulong.MaxValue, 0, 0, 0);

        foreach (var roundConstant in KeccakF1600.Iota)
        {
            // θ: D[x] = C[x-1] ^ rot(C[x+1], 1), folded into every row with one three-way XOR.
            var parity = Avx512F.TernaryLogic(Avx512F.TernaryLogic(b, g, k, Xor3), m, s, Xor3);
            var left = Avx512F.PermuteVar8x64(parity, previousColumn);
            var right = Avx512F.RotateLeft(Avx512F.PermuteVar8x64(parity, nextColumn), 1);

            // ρ, then the first half of π (within rows).
            var tk = Avx512F.PermuteVar8x64(Avx512F.RotateLeftVariable(Avx512F.TernaryLogic(k, right, left, Xor3), rhoK), piK);
            var tm = Avx512F.PermuteVar8x64(Avx512F.RotateLeftVariable(Avx512F.TernaryLogic(m, right, left, Xor3), rhoM), piM);
            var ts = Avx512F.PermuteVar8x64(Avx512F.RotateLeftVariable(Avx512F.TernaryLogic(s, right, left, Xor3), rhoS), piS);
            var tg = Avx512F.PermuteVar8x64(Avx512F.RotateLeftVariable(Avx512F.TernaryLogic(g, right, left, Xor3), rhoG), piG);
            var tb = Avx512F.PermuteVar8x64(Avx512F.RotateLeftVariable(Avx512F.TernaryLogic(b, right, left, Xor3), rhoB), piB);

            // χ across registers, and ι on lane (0, 0).
            b = Avx512F.TernaryLogic(tb, tg, tk, XorNotAnd) ^ Vector512.CreateScalar(roundConstant);
            g = Avx512F.TernaryLogic(tg, tk, tm, XorNotAnd);
            k = Avx512F.TernaryLogic(tk, tm, ts, XorNotAnd);
            m = Avx512F.TernaryLogic(tm, ts, tb, XorNotAnd);
            s = Avx512F.TernaryLogic(ts, tb, tg, XorNotAnd);

            // Second half of π: transpose back to rows.
            var low = Avx512F.PermuteVar8x64x2(Avx512F.UnpackLow(b, g), backS1, s);
            var high = Avx512F.PermuteVar8x64x2(Avx512F.UnpackHigh(b, g), backS2, s);
            var lowKM = Avx512F.UnpackLow(k, m);
            var highKM = Avx512F.UnpackHigh(k, m);
            b = Avx512F.PermuteVar8x64x2(low, backBG, lowKM);
            g = Avx512F.PermuteVar8x64x2(high, backBG, highKM);
            k = Avx512F.PermuteVar8x64x2(low, backKM, lowKM);
            m = Avx512F.PermuteVar8x64x2(high, backKM, highKM);
            s = Vector512.ConditionalSelect(lane4, s, Avx512F.PermuteVar8x64x2(low, backS3, lowKM));
        }

        StoreRow(b, state[..5]);
        StoreRow(g, state[5..10]);
        StoreRow(k, state[10..15]);
        StoreRow(m, state[15..20]);
        StoreRow(s, state[20..]);
    }

    private static Vector512<ulong> LoadRow(ReadOnlySpan<ulong> row) =>
        Vector512.Create(Vector256.Create(row[0], row[1], row[2], row[3]), Vector256.CreateScalar(row[4]));

    private static void StoreRow(Vector512<ulong> row, Span<ulong> destination)
    {
        row.GetLower().CopyTo(destination);
        destination[4] = row.GetElement(4);
    }
}
