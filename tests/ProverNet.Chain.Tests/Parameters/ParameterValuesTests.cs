using ProverNet.Auction;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.Tests.Support;
using ProverNet.Core;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Tests.Parameters;

public class ParameterValuesTests
{
    private static readonly MarketClass FirstClass = Devnet.Parameters.Classes[0];
    private static readonly PipelineTemplate FirstPipeline = Devnet.Parameters.Pipelines[0];

    [Fact]
    public void EncodeUInt_MatchesTheRegistryEncoding() =>
        Assert.Equal(RegistryEncoding.UInt("setMaxProofSize", 4096), ParameterValues.EncodeUInt(4096));

    [Fact]
    public void EncodeAuction_MatchesTheRegistryEncoding() =>
        Assert.Equal(RegistryEncoding.Auction(Devnet.Parameters.Auction), ParameterValues.EncodeAuction(Devnet.Parameters.Auction));

    [Fact]
    public void EncodeGas_MatchesTheRegistryEncoding() =>
        Assert.Equal(RegistryEncoding.Gas(Devnet.Parameters.Gas), ParameterValues.EncodeGas(Devnet.Parameters.Gas));

    [Fact]
    public void EncodeClass_MatchesTheRegistryEncoding() =>
        Assert.Equal(RegistryEncoding.Class(FirstClass), ParameterValues.EncodeClass(FirstClass));

    [Fact]
    public void EncodePipeline_MatchesTheRegistryEncoding() =>
        Assert.Equal(RegistryEncoding.Pipeline(FirstPipeline), ParameterValues.EncodePipeline(FirstPipeline));

    [Fact]
    public void DecodeUInt_RegistryEncoding_ReadsTheValue() =>
        Assert.Equal(250U, ParameterValues.DecodeUInt(RegistryEncoding.UInt("setMarketFeeBps", 250), 16, "fee"));

    [Fact]
    public void DecodeAuction_RegistryEncoding_ReadsEveryField() =>
        Assert.Equal(Devnet.Parameters.Auction, ParameterValues.DecodeAuction(RegistryEncoding.Auction(Devnet.Parameters.Auction)));

    [Fact]
    public void DecodeGas_RegistryEncoding_ReadsEveryField()
    {
        var gas = Devnet.Parameters.Gas with { InitialBaseFee = new Amount(UInt128.MaxValue), SubmitBid = ulong.MaxValue };

        Assert.Equal(gas, ParameterValues.DecodeGas(RegistryEncoding.Gas(gas)));
    }

    [Fact]
    public void DecodeClass_RegistryEncoding_ReadsEveryField()
    {
        var marketClass = FirstClass with { Name = "ünïcode class", Enabled = false, InitialReferencePrice = (UInt128.One << 96) - 1 };

        Assert.Equal(marketClass, ParameterValues.DecodeClass(RegistryEncoding.Class(marketClass)));
    }

    [Fact]
    public void DecodePipeline_RegistryEncoding_ReadsEveryField()
    {
        var decoded = ParameterValues.DecodePipeline(RegistryEncoding.Pipeline(FirstPipeline with { Stages = [11, 10, 3] }));

        Assert.Equal((FirstPipeline.Id, FirstPipeline.Name), (decoded.Id, decoded.Name));
        Assert.Equal([11U, 10U, 3U], decoded.Stages);
    }

    [Fact]
    public void DecodeUInt_ValueAboveTheWidth_Throws() =>
        AssertFails(() => ParameterValues.DecodeUInt(RegistryEncoding.UInt("setMaxProofSize", 70_000), 16, "slashBps"), "does not fit in uint16");

    [Fact]
    public void DecodeUInt_TwoWords_Throws() =>
        AssertFails(() => ParameterValues.DecodeUInt(new byte[64], 16, "slashBps"), "expected 32");

    [Fact]
    public void DecodeAuction_MissingWord_Throws() =>
        AssertFails(() => ParameterValues.DecodeAuction(RegistryEncoding.Auction(Devnet.Parameters.Auction).AsSpan(0, 64)), "expected 96");

    [Fact]
    public void DecodeGas_DenominatorAbove32Bits_Throws()
    {
        var value = RegistryEncoding.Gas(Devnet.Parameters.Gas);
        value[(7 * 32) + 27] = 1;

        AssertFails(() => ParameterValues.DecodeGas(value), "baseFeeChangeDenominator");
    }

    [Fact]
    public void DecodeClass_EnabledNotABool_Throws()
    {
        var value = RegistryEncoding.Class(FirstClass);
        value[32 + (8 * 32) + 31] = 2;

        AssertFails(() => ParameterValues.DecodeClass(value), "not a bool");
    }

    [Fact]
    public void DecodeClass_TrailingBytes_Throws() =>
        AssertFails(() => ParameterValues.DecodeClass([.. RegistryEncoding.Class(FirstClass), .. new byte[32]]), "not the canonical");

    [Fact]
    public void DecodeClass_TupleOffsetNot32_Throws()
    {
        var value = RegistryEncoding.Class(FirstClass);
        value[31] = 64;

        AssertFails(() => ParameterValues.DecodeClass(value), "tuple offset is 64");
    }

    [Fact]
    public void DecodeClass_NameTooLong_Throws() =>
        AssertFails(() => ParameterValues.DecodeClass(RegistryEncoding.Class(FirstClass with { Name = new string('x', ParameterValues.MaxNameBytes + 1) })), "at most 1024");

    [Fact]
    public void DecodeClass_PriceAbove96Bits_Throws() =>
        AssertFails(() => ParameterValues.DecodeClass(ParameterValues.EncodeClass(FirstClass with { InitialReferencePrice = UInt128.One << 96 })), "uint96");

    [Fact]
    public void DecodePipeline_TooManyStages_Throws() =>
        AssertFails(() => ParameterValues.DecodePipeline(RegistryEncoding.Pipeline(FirstPipeline with { Stages = [1, 2, 3, 4, 5, 6, 7, 8, 9] })), "at most 8");

    [Fact]
    public void DecodePipeline_StagesOffsetOutside_Throws()
    {
        var value = RegistryEncoding.Pipeline(FirstPipeline);
        value[32 + (2 * 32) + 30] = 1;

        AssertFails(() => ParameterValues.DecodePipeline(value), "points outside");
    }

    [Fact]
    public void DecodePipeline_NonZeroPadding_Throws()
    {
        var value = RegistryEncoding.Pipeline(FirstPipeline with { Name = "x" });
        value[32 + (4 * 32) + 1] = 0x55;

        AssertFails(() => ParameterValues.DecodePipeline(value), "not the canonical");
    }

    private static void AssertFails(Action decode, string reason)
    {
        var error = Assert.Throws<AbiDecodingException>(decode);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
