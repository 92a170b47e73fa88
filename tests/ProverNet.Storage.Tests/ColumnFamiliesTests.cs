namespace ProverNet.Storage.Tests;

public sealed class ColumnFamiliesTests
{
    [Fact]
    public void All_IndexMatchesEnumValue()
    {
        for (var i = 0; i < ColumnFamilies.All.Count; i++)
        {
            Assert.Equal(i, (int)ColumnFamilies.All[i]);
        }
    }

    [Fact]
    public void NameOf_EveryValue_IsItsEnumNameAndUnique()
    {
        var names = ColumnFamilies.All.Select(ColumnFamilies.NameOf).ToArray();

        Assert.Equal(ColumnFamilies.All.Select(column => column.ToString()), names);
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
    }
}
