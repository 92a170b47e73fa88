using ProverNet.Chain.Parameters;
using ProverNet.Chain.Tests.Support;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.Tests.Parameters;

public class ParametersCodecTests
{
    [Fact]
    public void Decode_DevnetEncoding_ReadsEveryField()
    {
        var expected = Devnet.Parameters;

        var decoded = ParametersCodec.Decode(ParametersCodec.Encode(expected));

        Assert.Equal((expected.MaxProofSize, expected.MinSecurityBits, expected.SlashBps, expected.MarketFeeBps), (decoded.MaxProofSize, decoded.MinSecurityBits, decoded.SlashBps, decoded.MarketFeeBps));
        Assert.Equal(expected.Auction, decoded.Auction);
        Assert.Equal(expected.Gas, decoded.Gas);
        Assert.Equal(expected.Classes, decoded.Classes);
        Assert.Equal(expected.Pipelines.Select(p => (p.Id, p.Name, string.Join(",", p.Stages))), decoded.Pipelines.Select(p => (p.Id, p.Name, string.Join(",", p.Stages))));
    }

    [Fact]
    public void Encode_ExtremeValues_RoundTripsByteIdentical()
    {
        var parameters = Devnet.Parameters with
        {
            MaxProofSize = uint.MaxValue,
            Gas = Devnet.Parameters.Gas with { Intrinsic = ulong.MaxValue, MinBaseFee = Core.Amount.MaxValue },
            Classes = [Devnet.Parameters.Classes[0] with { Name = "ünï", Enabled = false, InitialReferencePrice = UInt128.MaxValue }],
            Pipelines = [],
        };
        var encoding = ParametersCodec.Encode(parameters);

        Assert.Equal(encoding, ParametersCodec.Encode(ParametersCodec.Decode(encoding)));
    }

    [Theory]
    [InlineData(OrderLifetimeBounds.MinSec)]
    [InlineData(OrderLifetimeBounds.MaxSec)]
    public void Decode_OrderLifetimeAtABound_RoundTripsIt(uint lifetime)
    {
        var parameters = Devnet.Parameters with { Classes = [.. Devnet.Parameters.Classes.Select(c => c with { MaxOrderLifetimeSec = lifetime })] };

        var decoded = ParametersCodec.Decode(ParametersCodec.Encode(parameters));

        Assert.All(decoded.Classes, c => Assert.Equal(lifetime, c.MaxOrderLifetimeSec));
        Assert.Equal(ParametersCodec.Encode(parameters), ParametersCodec.Encode(decoded));
    }

    [Fact]
    public void Encode_DifferentParameters_DifferentBytes() =>
        Assert.NotEqual(ParametersCodec.Encode(Devnet.Parameters), ParametersCodec.Encode(Devnet.Parameters with { SlashBps = 999 }));

    [Fact]
    public void Decode_UnknownVersion_Throws() =>
        AssertCorrupt(Rewrite(0, Number(1)), "version 1 is unknown");

    [Fact]
    public void Decode_TrailingBytes_Throws() =>
        AssertCorrupt([.. ParametersCodec.Encode(Devnet.Parameters), 0x80], "TrailingBytes");

    [Fact]
    public void Decode_FieldAbove32Bits_Throws() =>
        AssertCorrupt(Rewrite(1, Number(1UL << 32)), "does not fit in 32 bits");

    [Fact]
    public void Decode_EnabledFlagNotZeroOrOne_Throws()
    {
        var parameters = Devnet.Parameters with { Classes = [Devnet.Parameters.Classes[0]], Pipelines = [] };
        var encoding = ParametersCodec.Encode(parameters);
        var flag = Array.LastIndexOf(encoding, (byte)0x01, encoding.Length - 2);
        Assert.Equal(0xc0, encoding[^1]);
        encoding[flag] = 0x02;

        AssertCorrupt(encoding, "not 0 or 1");
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(59u)]
    [InlineData(31_536_001u)]
    public void Decode_OrderLifetimeOutOfBounds_Throws(uint lifetime)
    {
        var parameters = Devnet.Parameters with { Classes = [Devnet.Parameters.Classes[0] with { MaxOrderLifetimeSec = lifetime }], Pipelines = [] };

        AssertCorrupt(ParametersCodec.Encode(parameters), $"MaxOrderLifetimeSec: {lifetime} is not within 60..31536000");
    }

    [Fact]
    public void Decode_MissingPipelines_Throws() =>
        AssertCorrupt(RlpWriter.EncodeList([.. Items(ParametersCodec.Encode(Devnet.Parameters)).SkipLast(1)]), "missing");

    private static void AssertCorrupt(byte[] encoding, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => ParametersCodec.Decode(encoding));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private static byte[] Rewrite(int field, byte[] item)
    {
        var items = Items(ParametersCodec.Encode(Devnet.Parameters));
        items[field] = item;
        return RlpWriter.EncodeList([.. items]);
    }

    // The encoded items of the top-level list, so a test can change or drop one and re-encode the list.
    private static List<byte[]> Items(byte[] encoding)
    {
        var outer = new RlpReader(encoding);
        Assert.True(outer.TryReadList(out var list, out _));
        var header = encoding.Length - ListPayloadLength(encoding);
        var items = new List<byte[]>();
        while (!list.IsAtEnd)
        {
            var start = list.Position;
            Assert.True(list.TryReadItem(out _, out _, out _));
            items.Add(encoding.AsSpan(header + start, list.Position - start).ToArray());
        }

        return items;
    }

    private static int ListPayloadLength(byte[] encoding)
    {
        var lengthBytes = encoding[0] - 0xf7;
        var length = 0;
        for (var i = 1; i <= lengthBytes; i++)
        {
            length = (length << 8) | encoding[i];
        }

        return length;
    }

    private static byte[] Number(ulong value)
    {
        var item = new byte[RlpWriter.GetUInt64Length(value)];
        RlpWriter.WriteUInt64(item, value);
        return item;
    }
}
