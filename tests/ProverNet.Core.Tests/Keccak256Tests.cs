using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace ProverNet.Core.Tests;

public class Keccak256Tests
{
    [Theory]
    [InlineData("", "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    [InlineData("Transfer(address,address,uint256)", "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")]
    public void Hash_KnownInputs_MatchEthereumKeccak(string input, string expected)
    {
        Assert.Equal(Hash256.Parse(expected), Keccak256.Hash(Encoding.ASCII.GetBytes(input)));
    }

    [Fact]
    public void Hash_RepeatedCalls_DoNotCarryState()
    {
        var first = Keccak256.Hash([1, 2, 3]);
        _ = Keccak256.Hash([4, 5, 6]);

        Assert.Equal(first, Keccak256.Hash([1, 2, 3]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(135)]
    [InlineData(136)]
    [InlineData(137)]
    [InlineData(271)]
    [InlineData(272)]
    [InlineData(273)]
    [InlineData(5000)]
    public void Hash_RateBoundaryLengths_MatchBouncyCastle(int length)
    {
        var data = RandomBytes(new Random(length), length);

        Assert.Equal(Reference(data), Keccak256.Hash(data));
    }

    [Fact]
    public void Hash_RandomLengthsUpTo5000_MatchBouncyCastle()
    {
        var random = new Random(20261125);
        for (var attempt = 0; attempt < 500; attempt++)
        {
            var data = RandomBytes(random, random.Next(0, 5001));

            Assert.Equal(Reference(data), Keccak256.Hash(data));
        }
    }

    [Fact]
    public void Hash_IntoSpan_WritesTheSameDigestAndLeavesTheRestAlone()
    {
        var data = RandomBytes(new Random(3), 300);
        var output = new byte[40];
        output.AsSpan(32).Fill(0xAA);

        Keccak256.Hash(data, output);

        Assert.Equal(Reference(data), new Hash256(output.AsSpan(0, 32)));
        Assert.All(output[32..], value => Assert.Equal(0xAA, value));
    }

    [Fact]
    public void Hash_OutputShorterThan32Bytes_Throws()
    {
        var output = new byte[31];

        var error = Assert.Throws<ArgumentException>(() => Keccak256.Hash([1, 2, 3], output));

        Assert.Equal("output", error.ParamName);
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var data = new byte[length];
        random.NextBytes(data);
        return data;
    }

    private static Hash256 Reference(byte[] data)
    {
        var digest = new KeccakDigest(256);
        digest.BlockUpdate(data, 0, data.Length);
        var output = new byte[32];
        digest.DoFinal(output, 0);
        return new Hash256(output);
    }
}
