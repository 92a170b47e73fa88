using ProverNet.Chain.Blocks;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.L1Inputs;

/// <summary>ParameterRegistry <c>ParameterChanged(key, id, value)</c>: the governed parameters change from this block on.</summary>
/// <param name="Log">The L1 log.</param>
/// <param name="Key">keccak256 of the parameter name.</param>
/// <param name="Id">Class or pipeline id; 0 for global values.</param>
/// <param name="Value">The ABI encoding of the complete new value, as emitted (decoded only when applied, so a bad value
/// fails its own receipt instead of the block).</param>
public readonly record struct ParameterChangedInput(L1LogId Log, Hash256 Key, uint Id, ReadOnlyMemory<byte> Value) : IL1Input
{
    /// <inheritdoc/>
    public L1InputKind Kind => L1InputKind.ParameterChanged;

    /// <inheritdoc/>
    public SystemTransaction ToSystemTransaction() =>
        L1Payload.Build(Kind, Log, RlpItems.OfHash(Key), RlpItems.OfNumber(Id), RlpItems.OfBytes(Value.Span));

    /// <summary>Byte-wise equality of the value, which the default record equality would compare by reference.</summary>
    public bool Equals(ParameterChangedInput other) => Log == other.Log && Key == other.Key && Id == other.Id && Value.Span.SequenceEqual(other.Value.Span);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Log, Key, Id, Value.Length);

    internal static ParameterChangedInput Read(ref StrictRlpReader fields, L1LogId log) =>
        new(log, fields.ReadHash(nameof(Key)), L1Payload.ReadUInt32(ref fields, nameof(Id)), fields.ReadBytes(nameof(Value)).ToArray());
}
