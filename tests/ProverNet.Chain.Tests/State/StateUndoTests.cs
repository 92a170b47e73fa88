using ProverNet.Chain.State;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.Tests.State;

public sealed class StateUndoTests
{
    [Fact]
    public void Encode_EntriesAbsentAndPresent_IsTheRlpListOfOneAndTwoItemLists()
    {
        var undo = new StateUndo();
        undo.Add([1, 2, 3], null);
        undo.Add([4], [0x7f]);
        undo.Add(new byte[70], new byte[300]);

        var expected = RlpItems.ListOf(
        [
            RlpItems.ListOf([RlpItems.OfBytes([1, 2, 3])]),
            RlpItems.ListOf([RlpItems.OfBytes([4]), RlpItems.OfBytes([0x7f])]),
            RlpItems.ListOf([RlpItems.OfBytes(new byte[70]), RlpItems.OfBytes(new byte[300])]),
        ]);
        Assert.Equal(expected, undo.Encode());
    }

    [Fact]
    public void Decode_OwnEncoding_GivesTheEntriesBackInOrder()
    {
        var undo = new StateUndo();
        undo.Add([9, 9], [1]);
        undo.Add([8], null);

        var decoded = StateUndo.Decode(undo.Encode());

        Assert.Equal(2, decoded.Entries.Count);
        Assert.Equal([9, 9], decoded.Entries[0].Key);
        Assert.Equal([1], decoded.Entries[0].Previous);
        Assert.Equal([8], decoded.Entries[1].Key);
        Assert.Null(decoded.Entries[1].Previous);
    }

    [Fact]
    public void Encode_NoEntries_IsTheEmptyList() => Assert.Equal([0xc0], new StateUndo().Encode());

    [Theory]
    [InlineData("c4c3010203")] // an entry with a third item
    [InlineData("c2c3820102")] // an entry longer than the record
    [InlineData("c10a")] // an entry that is not a list
    public void Decode_MalformedRecord_Throws(string hex) =>
        Assert.Throws<RlpDecodingException>(() => StateUndo.Decode(Convert.FromHexString(hex)));
}
