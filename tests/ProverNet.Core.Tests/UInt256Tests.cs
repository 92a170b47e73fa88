using System.Numerics;

namespace ProverNet.Core.Tests;

public class UInt256Tests
{
    private static readonly BigInteger TwoTo256 = BigInteger.One << 256;

    [Theory]
    [InlineData("", "0x0")]
    [InlineData("00", "0x0")]
    [InlineData("0f", "0xf")]
    [InlineData("0100", "0x100")]
    [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    public void ToHexQuantity_Value_IsMinimalHex(string bigEndian, string expected)
    {
        Assert.Equal(expected, UInt256.FromBigEndian(Convert.FromHexString(bigEndian)).ToHexQuantity());
    }

    [Fact]
    public void FromBigEndian_ThirtyThreeBytes_Throws()
    {
        Assert.Throws<ArgumentException>(() => UInt256.FromBigEndian(new byte[33]));
    }

    [Fact]
    public void ToBigInteger_RoundTripsThroughFromBigInteger()
    {
        var value = (BigInteger.One << 200) + 12345;

        Assert.Equal(value, UInt256.FromBigInteger(value).ToBigInteger());
        Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), UInt256.FromBigInteger(value).ToString());
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(3UL)]
    [InlineData(ulong.MaxValue)]
    public void TryMultiply_Factor_MatchesBigIntegerAndFlagsOverflow(ulong factor)
    {
        foreach (var value in new[] { BigInteger.Zero, BigInteger.One << 190, (BigInteger.One << 255) + 7, TwoTo256 - 1 })
        {
            var expected = value * factor;

            var fits = UInt256.FromBigInteger(value).TryMultiply(factor, out var product);

            Assert.Equal(expected < TwoTo256, fits);
            Assert.Equal(expected % TwoTo256, product.ToBigInteger());
        }
    }

    [Fact]
    public void TryAdd_Carry_PropagatesAndFlagsOverflow()
    {
        Assert.True(new UInt256(0, 0, 0, ulong.MaxValue).TryAdd(1UL, out var sum));
        Assert.Equal(new UInt256(0, 0, 1, 0), sum);
        Assert.False(UInt256.MaxValue.TryAdd(1UL, out var wrapped));
        Assert.True(wrapped.IsZero);
    }

    [Fact]
    public void CompareTo_HighLimbDominates()
    {
        Assert.True(new UInt256(1, 0, 0, 0) > new UInt256(0, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue));
        Assert.True((UInt256)5UL < 6UL);
        Assert.True(new UInt256(0, 0, 0, 1) == 1UL);
    }

    [Fact]
    public void FitsInUInt64_OnlyLowLimbSet()
    {
        Assert.True(((UInt256)ulong.MaxValue).FitsInUInt64);
        Assert.False(new UInt256(0, 0, 1, 0).FitsInUInt64);
    }

    [Fact]
    public void TryGetUInt128_Only128BitValuesFit()
    {
        Assert.True(new UInt256(0, 0, 7, 9).TryGetUInt128(out var value));
        Assert.Equal(new UInt128(7, 9), value);
        Assert.False(new UInt256(0, 1, 0, 0).TryGetUInt128(out _));
    }
}
