using ProverNet.Chain.Receipts;
using ProverNet.Core;

namespace ProverNet.Node.Rpc;

/// <summary>
/// Ethereum's 2048-bit log bloom: for the address and each topic of each log, three bits chosen by the first three
/// 16-bit pairs of its keccak (mod 2048), bit i counted from the end of the 256 bytes.
/// </summary>
public static class LogsBloom
{
    /// <summary>Bytes in a bloom.</summary>
    public const int Length = 256;

    /// <summary>The bloom of <paramref name="receipts"/>' logs (a block's bloom).</summary>
    public static byte[] Of(IEnumerable<Receipt> receipts)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        var bloom = new byte[Length];
        foreach (var receipt in receipts)
        {
            Add(bloom, receipt);
        }

        return bloom;
    }

    /// <summary>The bloom of one receipt's logs.</summary>
    public static byte[] Of(Receipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var bloom = new byte[Length];
        Add(bloom, receipt);
        return bloom;
    }

    private static void Add(byte[] bloom, Receipt receipt)
    {
        Span<byte> buffer = stackalloc byte[Hash256.Length];
        for (var i = 0; i < receipt.Logs.Count; i++)
        {
            var log = receipt.Logs[i];
            log.Address.WriteTo(buffer);
            AddItem(bloom, buffer[..Address.Length]);
            for (var j = 0; j < log.Topics.Count; j++)
            {
                log.Topics[j].WriteTo(buffer);
                AddItem(bloom, buffer);
            }
        }
    }

    private static void AddItem(byte[] bloom, ReadOnlySpan<byte> item)
    {
        Span<byte> hash = stackalloc byte[Hash256.Length];
        Keccak256.Hash(item, hash);
        for (var i = 0; i < 6; i += 2)
        {
            var bit = ((hash[i] << 8) | hash[i + 1]) & 2047;
            bloom[Length - 1 - (bit / 8)] |= (byte)(1 << (bit % 8));
        }
    }
}
