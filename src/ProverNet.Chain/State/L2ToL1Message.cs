using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>
/// A message from L2 to the L1 RollupBridge: the Solidity struct <c>(uint256 nonce, uint8 kind, address target,
/// uint256 amount, bytes data)</c>. Nonces are unique over the chain; the bridge's replay protection is by nonce.
/// </summary>
/// <param name="Nonce">Chain-wide message number.</param>
/// <param name="Kind">What the bridge does with it.</param>
/// <param name="Target">L1 recipient or prover.</param>
/// <param name="Amount">BREV wei.</param>
/// <param name="Data">Kind-specific payload (empty, or a 32-byte job id for a slash).</param>
public readonly record struct L2ToL1Message(ulong Nonce, MessageKind Kind, Address Target, Amount Amount, ReadOnlyMemory<byte> Data)
{
    private const int Word = 32;
    private const int HeadWords = 5;

    /// <summary>Bytes of <c>abi.encode(nonce, kind, target, amount, data)</c>.</summary>
    public int AbiEncodedLength => ((HeadWords + 1) * Word) + PaddedLength(Data.Length);

    /// <summary>
    /// Writes <c>abi.encode(nonce, kind, target, amount, data)</c>: five head words (the fifth is the offset of
    /// <c>data</c>, 0xa0), then the length of <c>data</c> and its bytes zero-padded to a whole word.
    /// </summary>
    public void WriteAbiEncoded(Span<byte> destination)
    {
        var encoded = destination[..AbiEncodedLength];
        encoded.Clear();
        WriteUInt128(encoded.Slice(0 * Word, Word), Nonce);
        encoded[(2 * Word) - 1] = (byte)Kind;
        Target.WriteTo(encoded.Slice((3 * Word) - Address.Length, Address.Length));
        WriteUInt128(encoded.Slice(3 * Word, Word), Amount.Wei);
        WriteUInt128(encoded.Slice(4 * Word, Word), HeadWords * Word);
        WriteUInt128(encoded.Slice(5 * Word, Word), (ulong)Data.Length);
        Data.Span.CopyTo(encoded[(6 * Word)..]);
    }

    private static int PaddedLength(int length) => (length + Word - 1) / Word * Word;

    // Big-endian in the low 16 bytes of a word whose high 16 bytes stay zero.
    private static void WriteUInt128(Span<byte> word, UInt128 value) =>
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(word[(Word - 16)..], value);
}
