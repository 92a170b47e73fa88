using ProverNet.Chain.Receipts;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Receipts;

public class EventTopicsTests
{
    [Fact]
    public void Signature_Erc20Transfer_IsTheWellKnownTopic()
    {
        Assert.Equal(
            Hash256.Parse("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"),
            EventTopics.Signature("Transfer(address,address,uint256)"));
    }

    [Fact]
    public void Of_ValueAndAddress_AreLeftPaddedWords()
    {
        Assert.Equal(Hash256.Parse("0x00000000000000000000000000000000000000000000000000000000000001ff"), EventTopics.Of(511UL));
        Assert.Equal(
            Hash256.Parse("0x00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8"),
            EventTopics.Of(Address.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8")));
    }
}
