using ProverNet.Chain.Blocks;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.L1Inputs;

/// <summary>
/// The payload layout shared by every L1 input: <c>rlp([l1BlockNumber, logIndex, field...])</c>, with integers minimal,
/// addresses 20 bytes and hashes 32 bytes, read back by the same strict reader as blocks (one byte form per input).
/// </summary>
internal static class L1Payload
{
    public static SystemTransaction Build(L1InputKind kind, L1LogId log, params byte[][] fields) =>
        new((byte)kind, RlpItems.ListOf([RlpItems.OfNumber(log.L1BlockNumber), RlpItems.OfNumber(log.LogIndex), .. fields]));

    public static uint ReadUInt32(ref StrictRlpReader fields, string field)
    {
        var value = fields.ReadNumber(field);
        return value <= uint.MaxValue ? (uint)value : throw new RlpDecodingException($"{field}: {value} does not fit in 32 bits");
    }
}
