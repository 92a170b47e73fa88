using Nethereum.Contracts;
using ProverNet.Chain.Bridge;
using ProverNet.Contracts;
using ProverNet.Core;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Tests.Bridge;

public class BridgeCalldataTests
{
    private static readonly ContractBuilder L2Bridge = new(ContractArtifacts.Load("IL2Bridge").Abi, "0x0000000000000000000000000000000000000B02");
    private static readonly Address Recipient = Address.Parse("0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc");

    [Fact]
    public void DecodeWithdraw_EncodedByNethereum_ReadsTheRecipient()
    {
        var calldata = Hex.Decode(L2Bridge.GetFunctionBuilder("withdraw").GetData(Recipient.ToString()));

        Assert.Equal(Recipient, BridgeCalldata.DecodeWithdraw(calldata));
        Assert.Equal("0x" + L2Bridge.GetFunctionBuilder("withdraw").FunctionABI.Sha3Signature, BridgeCalldata.Withdraw.ToString());
    }

    [Fact]
    public void DecodeWithdraw_ViewSelector_Throws()
    {
        var calldata = Hex.Decode(L2Bridge.GetFunctionBuilder("messageNonce").GetData());

        var error = Assert.Throws<AbiDecodingException>(() => BridgeCalldata.DecodeWithdraw(calldata));

        Assert.Contains("not a state-changing function of IL2Bridge", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecodeWithdraw_DirtyAddressWord_NamesTheArgument()
    {
        var calldata = Hex.Decode(L2Bridge.GetFunctionBuilder("withdraw").GetData(Recipient.ToString()));
        calldata[4] = 1;

        var error = Assert.Throws<AbiDecodingException>(() => BridgeCalldata.DecodeWithdraw(calldata));

        Assert.StartsWith("l1Recipient:", error.Message, StringComparison.Ordinal);
    }
}
