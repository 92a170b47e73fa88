using System.Text;

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
}
