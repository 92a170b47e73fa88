using ProverNet.Core.Abi;

namespace ProverNet.Core.Tests.Abi;

public class AbiReaderTests
{
    private static byte[] Word(params (int Index, byte Value)[] bytes)
    {
        var word = new byte[32];
        foreach (var (index, value) in bytes)
        {
            word[index] = value;
        }

        return word;
    }

    [Fact]
    public void ReadAddress_LowTwentyBytes_ReadsTheAddress()
    {
        var word = Word((12, 0xAB), (31, 0xCD));

        var address = new AbiReader(word).ReadAddress(0, "target");

        Assert.Equal("0xab000000000000000000000000000000000000cd", address.ToString());
    }

    [Fact]
    public void ReadAddress_DirtyHighBytes_NamesTheArgument()
    {
        var error = Assert.Throws<AbiDecodingException>(() => new AbiReader(Word((11, 1))).ReadAddress(0, "target"));

        Assert.Equal("target: value does not fit in address", error.Message);
    }

    [Theory]
    [InlineData(8, 255UL)]
    [InlineData(64, ulong.MaxValue)]
    public void ReadUInt_LargestValueOfItsWidth_Reads(int bits, ulong value)
    {
        var word = new byte[32];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(word.AsSpan(24), value);

        Assert.Equal(value, new AbiReader(word).ReadUInt(0, bits, "v"));
    }

    [Fact]
    public void ReadUInt_OneBitTooWide_Throws()
    {
        Assert.Throws<AbiDecodingException>(() => new AbiReader(Word((30, 1))).ReadUInt(0, 8, "v"));
    }

    [Fact]
    public void ReadUInt128_Uint96Bound_Enforced()
    {
        Assert.Equal((UInt128.One << 96) - 1, new AbiReader(Enumerable.Repeat((byte)0, 20).Concat(Enumerable.Repeat((byte)0xFF, 12)).ToArray()).ReadUInt128(0, 96, "p"));
        Assert.Throws<AbiDecodingException>(() => new AbiReader(Word((19, 1))).ReadUInt128(0, 96, "p"));
    }

    [Fact]
    public void ReadString_OffsetLengthAndPaddedData_Reads()
    {
        byte[] encoded = [.. Word((31, 0x20)), .. Word((31, 2)), .. Word((0, (byte)'h'), (1, (byte)'i'))];

        Assert.Equal("hi", new AbiReader(encoded).ReadString(0, 10, "s"));
    }

    [Fact]
    public void ReadString_MisalignedOffset_Throws()
    {
        byte[] encoded = [.. Word((31, 0x21)), .. Word((31, 2)), .. Word()];

        Assert.Throws<AbiDecodingException>(() => new AbiReader(encoded).ReadString(0, 10, "s"));
    }

    [Fact]
    public void EnsureHeadLength_TooShort_Throws()
    {
        Assert.Throws<AbiDecodingException>(() => new AbiReader(new byte[63]).EnsureHeadLength(2, hasDynamicTail: false));
    }
}
