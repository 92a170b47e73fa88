namespace ProverNet.Core.Tests;

public class AmountTests
{
    [Fact]
    public void Parse_LargestValue_RoundTrips()
    {
        var text = UInt128.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(Amount.MaxValue, Amount.Parse(text));
        Assert.Equal(text, Amount.Parse(text).ToString());
    }

    [Theory]
    [InlineData("", "digits only")]
    [InlineData("-1", "digits only")]
    [InlineData("1e18", "digits only")]
    [InlineData(" 1", "digits only")]
    [InlineData("340282366920938463463374607431768211456", "2^128")]
    public void TryParse_Malformed_FailsWithReason(string text, string reason)
    {
        Assert.False(Amount.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Subtract_BelowZero_Throws()
    {
        Assert.Throws<OverflowException>(() => Amount.FromBrev(1) - Amount.FromBrev(2));
    }

    [Fact]
    public void Add_PastMax_Throws()
    {
        Assert.Throws<OverflowException>(() => Amount.MaxValue + new Amount(1));
    }

    [Fact]
    public void FromBrev_ScalesBy10To18()
    {
        Assert.Equal(Amount.Parse("3000000000000000000"), Amount.FromBrev(3));
    }
}
