namespace ProverNet.Chain.State;

/// <summary>Orders tree changes by path, big-endian: the left-to-right order of leaves in the tree.</summary>
internal sealed class ChangeOrder : IComparer<TreeChange>
{
    public static ChangeOrder Instance { get; } = new();

    public int Compare(TreeChange x, TreeChange y) => x.Path.CompareTo(y.Path);
}
