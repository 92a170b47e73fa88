using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>A page at a tree position, named by its depth and any path through it (bits ≥ depth do not matter).</summary>
/// <param name="Depth">Distance of the page's top from the root (a multiple of 4, 0..252).</param>
/// <param name="Path">A path through the position.</param>
/// <param name="Page">The page there (null for none).</param>
internal readonly record struct TreePagePosition(int Depth, Hash256 Path, TreePage? Page);
