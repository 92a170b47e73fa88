using ProverNet.Core.Records;

namespace ProverNet.Core.Tests.Records;

public sealed class FieldWriterTests
{
    [Fact]
    public void ToArray_EveryKindOfField_IsBigEndianInOrderAndReadsBack()
    {
        var account = new Address(Enumerable.Range(1, 20).Select(i => (byte)i).ToArray());
        var bytes = new FieldWriter(4).U8(7).U32(0x01020304).U64(5).U128(UInt128.MaxValue).Account(account).Hash(Hash256.Zero).Text("é").Count(2).ToArray();

        Assert.Equal([7, 1, 2, 3, 4], bytes[..5]);
        Assert.Equal(1 + 4 + 8 + 16 + 20 + 32 + 4 + 2 + 4, bytes.Length);
        var fields = new FieldReader(bytes, "sample");
        Assert.Equal((7, 0x01020304u, 5UL, UInt128.MaxValue), (fields.U8(), fields.U32(), fields.U64(), fields.U128()));
        Assert.Equal(account, fields.Account());
        Assert.Equal(Hash256.Zero, fields.Hash());
        Assert.Equal("é", fields.Text());
        Assert.Equal(2u, fields.U32());
        fields.End();
    }

    [Fact]
    public void ToArray_ExactCapacityThenMoreWrites_EarlierArrayUnchanged()
    {
        var writer = new FieldWriter(4).U32(1);
        var first = writer.ToArray();

        var second = writer.U8(9).ToArray();

        Assert.Equal([0, 0, 0, 1], first);
        Assert.Equal([0, 0, 0, 1, 9], second);
    }

    [Fact]
    public void FieldReader_Truncated_ThrowsNamingTheRecord()
    {
        var error = Assert.Throws<InvalidDataException>(() => new FieldReader([1, 2, 3], "sample").U32());

        Assert.Equal("a stored sample is corrupt: truncated", error.Message);
    }

    [Fact]
    public void FieldReader_BytesLeftOver_Throws()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
        {
            var fields = new FieldReader([1, 2], "sample");
            fields.U8();
            fields.End();
        });

        Assert.Equal("a stored sample is corrupt: 1 bytes left over", error.Message);
    }
}
