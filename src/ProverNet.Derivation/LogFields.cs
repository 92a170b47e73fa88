using ProverNet.Core;
using ProverNet.Core.Abi;

namespace ProverNet.Derivation;

/// <summary>
/// The arguments of one event log, read as strictly as calldata: the indexed ones from the topics, the others from the
/// ABI-encoded data, each range-checked, so a log of the right signature but the wrong shape fails with a reason.
/// </summary>
internal readonly ref struct LogFields
{
    private readonly IReadOnlyList<Hash256> topics;
    private readonly AbiReader data;

    /// <summary>Reads <paramref name="log"/>, which must have exactly <paramref name="indexed"/> indexed arguments.</summary>
    /// <exception cref="AbiDecodingException">Another number of topics, or data of another length.</exception>
    public LogFields(L1Log log, int indexed, int dataSlots, bool hasDynamicTail = false)
    {
        if (log.Topics.Count != indexed + 1)
        {
            throw new AbiDecodingException($"{log.Topics.Count - 1} indexed arguments, expected {indexed}");
        }

        topics = log.Topics;
        data = new AbiReader(log.Data);
        data.EnsureHeadLength(dataSlots, hasDynamicTail);
    }

    public Address TopicAddress(int index, string name) => Word(index).ReadAddress(0, name);

    public ulong TopicId(int index, string name) => Word(index).ReadId(0, name);

    public uint TopicUInt32(int index, string name) => (uint)Word(index).ReadUInt(0, 32, name);

    public Hash256 TopicBytes32(int index) => topics[index + 1];

    public Address Address(int slot, string name) => data.ReadAddress(slot, name);

    public ulong UInt(int slot, int bits, string name) => data.ReadUInt(slot, bits, name);

    public Amount Amount(int slot, string name) => new(data.ReadUInt128(slot, 128, name));

    public Hash256 Bytes32(int slot, string name) => data.ReadBytes32(slot, name);

    public byte[] Bytes(int slot, int maxBytes, string name) => data.ReadBytes(slot, maxBytes, name).ToArray();

    private AbiReader Word(int index) => new(topics[index + 1].ToArray());
}
