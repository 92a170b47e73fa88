using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>A pending change at one path: set to <see cref="ValueHash"/>, or delete when <see cref="IsDelete"/>.</summary>
/// <param name="Path">keccak256 of the state key.</param>
/// <param name="ValueHash">The value hash to commit (ignored for a delete).</param>
/// <param name="IsDelete">Whether the key is removed.</param>
internal readonly record struct TreeChange(Hash256 Path, Hash256 ValueHash, bool IsDelete);
