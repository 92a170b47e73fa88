using ProverNet.Core;
using ProverNet.Derivation.Safe;

namespace ProverNet.Node.Safety;

/// <summary>A safe block as safe derivation recorded it.</summary>
/// <param name="Number">The block number.</param>
/// <param name="Hash">The block hash.</param>
/// <param name="Cursor">Where derivation stood when it made the block; null for genesis (nothing read yet).</param>
public readonly record struct SafeRecord(ulong Number, Hash256 Hash, SafeCursor? Cursor);
