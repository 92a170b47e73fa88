using ProverNet.Core.Abi;

namespace ProverNet.Core.Tests.Abi;

public class AbiWriterTests
{
    [Fact]
    public void ToArray_StaticThenString_LaysOutHeadsOffsetAndPaddedTail()
    {
        var encoded = new AbiWriter().WriteUInt(7).WriteString("hi").ToArray();

        Assert.Equal(4 * 32, encoded.Length);
        Assert.Equal(7, encoded[31]);
        Assert.Equal(64, encoded[63]);
        Assert.Equal(2, encoded[95]);
        Assert.Equal("hi"u8.ToArray(), encoded[96..98]);
        Assert.All(encoded[98..], b => Assert.Equal(0, b));
    }

    [Fact]
    public void ToArray_Twice_ThrowsInsteadOfReusingTheReturnedBuffer()
    {
        var writer = new AbiWriter().WriteUInt(7);
        writer.ToArray();

        Assert.Throws<InvalidOperationException>(() => writer.ToArray());
        Assert.Throws<InvalidOperationException>(() => writer.WriteUInt(8));
    }

    [Fact]
    public void ToArray_BufferLeftDirtyByAnEarlierWriter_WordsAreZeroPadded()
    {
        var dirty = new AbiWriter();
        for (var i = 0; i < 8; i++)
        {
            dirty.WriteBytes32(new Hash256(Enumerable.Repeat((byte)0xFF, 32).ToArray()));
        }

        dirty.ToArray(); // its buffer goes back to the pool full of 0xFF

        var encoded = new AbiWriter().WriteUInt(1).WriteAddress(default).ToArray();

        Assert.Equal([.. new byte[31], 1, .. new byte[32]], encoded);
    }

    [Fact]
    public void ToArray_MoreHeadWordsThanTheInitialBuffer_KeepsEveryWordAndTheOffset()
    {
        var writer = new AbiWriter();
        for (var i = 1; i <= 20; i++)
        {
            writer.WriteUInt((UInt128)i);
        }

        var encoded = writer.WriteString("x").ToArray();

        var reader = new AbiReader(encoded);
        for (var i = 1; i <= 20; i++)
        {
            Assert.Equal((ulong)i, reader.ReadUInt(i - 1, 64, "u"));
        }

        Assert.Equal("x", reader.ReadString(20, 10, "s"));
    }

    [Fact]
    public void ToArray_ReadBackByAbiReader_RoundTrips()
    {
        var address = Address.Parse("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65");
        var hash = Keccak256.Hash([9]);
        var encoded = new AbiWriter().WriteAddress(address).WriteBytes32(hash).WriteString("ünï").WriteUInt(UInt128.MaxValue).ToArray();

        var reader = new AbiReader(encoded);

        Assert.Equal(address, reader.ReadAddress(0, "a"));
        Assert.Equal(hash, reader.ReadBytes32(1, "h"));
        Assert.Equal("ünï", reader.ReadString(2, 100, "s"));
        Assert.Equal(UInt128.MaxValue, reader.ReadUInt128(3, 128, "u"));
    }

    [Fact]
    public void WriteUIntArray_AfterStatic_LaysOutOffsetLengthAndOneWordPerElement()
    {
        var encoded = new AbiWriter().WriteUInt(5).WriteUIntArray([7, uint.MaxValue]).ToArray();

        Assert.Equal(5 * 32, encoded.Length);
        Assert.Equal(64, encoded[63]);
        Assert.Equal(2, encoded[95]);
        Assert.Equal(7, encoded[127]);
        Assert.Equal([0xff, 0xff, 0xff, 0xff], encoded[156..160]);
        Assert.All(encoded[96..156].Where((_, i) => i != 31), b => Assert.Equal(0, b));
    }

    [Fact]
    public void WriteUIntArray_Empty_HasZeroLengthTail()
    {
        var encoded = new AbiWriter().WriteUIntArray([]).ToArray();

        Assert.Equal(64, encoded.Length);
        Assert.Equal(32, encoded[31]);
        Assert.All(encoded[32..], b => Assert.Equal(0, b));
    }

    [Fact]
    public void ToArray_EmptyBytes_HasZeroLengthTail()
    {
        var encoded = new AbiWriter().WriteBytes([]).ToArray();

        Assert.Equal(64, encoded.Length);
        Assert.Equal(32, encoded[31]);
        Assert.Equal(0, encoded[63]);
    }
}
