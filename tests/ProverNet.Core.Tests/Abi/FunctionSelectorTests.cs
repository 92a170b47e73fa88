using ProverNet.Core.Abi;

namespace ProverNet.Core.Tests.Abi;

public class FunctionSelectorTests
{
    [Fact]
    public void Of_Erc20Transfer_IsTheWellKnownSelector()
    {
        Assert.Equal("0xa9059cbb", FunctionSelector.Of("transfer(address,uint256)").ToString());
    }

    [Fact]
    public void Read_CalldataPrefix_MatchesOf()
    {
        Assert.Equal(FunctionSelector.Of("transfer(address,uint256)"), FunctionSelector.Read(Hex.Decode("0xa9059cbb00")));
    }

    [Fact]
    public void Read_ShortCalldata_Throws()
    {
        Assert.Throws<AbiDecodingException>(() => FunctionSelector.Read([0xa9, 0x05, 0x9c]));
    }
}
