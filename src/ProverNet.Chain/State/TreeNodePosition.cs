using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>A node at a tree position, named by its depth and any path through it (bits ≥ depth do not matter).</summary>
/// <param name="Depth">Distance from the root (0..256).</param>
/// <param name="Path">A path through the position.</param>
/// <param name="Node">The node there (Empty for none).</param>
internal readonly record struct TreeNodePosition(int Depth, Hash256 Path, TreeNode Node);
