namespace ProverNet.Core.Tests;

public class KeccakF1600Tests
{
    [Fact]
    public void PermuteScalar_ZeroState_MatchesTheKnownFirstPermutation()
    {
        // Keccak team's KeccakF-1600-IntermediateValues.txt: the zero state after one permutation starts with these lanes.
        var state = new ulong[KeccakF1600.Lanes];

        KeccakF1600.PermuteScalar(state);

        Assert.Equal(0xF1258F7940E1DDE7UL, state[0]);
        Assert.Equal(0x84D5CCF933C0478AUL, state[1]);
        Assert.Equal(0xEAF1FF7B5CECA249UL, state[24]);
    }

    [Fact]
    public void Permute_RandomStates_VectorAndScalarAgree()
    {
        var random = new Random(1600);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var scalar = new ulong[KeccakF1600.Lanes];
            for (var lane = 0; lane < scalar.Length; lane++)
            {
                scalar[lane] = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63);
            }

            var dispatched = (ulong[])scalar.Clone();

            KeccakF1600.PermuteScalar(scalar);
            KeccakF1600.Permute(dispatched);

            // On a machine without AVX-512 both calls take the portable path; CI on this VM takes the vector one.
            Assert.Equal(scalar, dispatched);
        }
    }

    [Fact]
    public void Permute_StateSpanLongerThan25Lanes_LeavesTheRestAlone()
    {
        var state = new ulong[KeccakF1600.Lanes + 3];
        state.AsSpan(KeccakF1600.Lanes).Fill(7);

        KeccakF1600.Permute(state);

        Assert.Equal([7UL, 7UL, 7UL], state[KeccakF1600.Lanes..]);
    }
}
