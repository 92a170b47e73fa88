using System.Text.Json;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Receipts;

namespace ProverNet.Node.Rpc;

/// <summary>
/// <c>eth_feeHistory(blockCount, newestBlock, rewardPercentiles)</c> as geth computes it: base fees of the range and of
/// the next block, gas used ratios, and per block the tips at the requested percentiles of gas used, from its user
/// transactions sorted by tip (system transactions pay nothing and are left out).
/// </summary>
public static class FeeHistory
{
    /// <summary>Most blocks one request covers (geth's cap).</summary>
    public const ulong MaxBlocks = 1024;

    /// <summary>Most percentiles one request asks for.</summary>
    public const int MaxPercentiles = 100;

    /// <summary>Reads the parameters and writes the result.</summary>
    public static void Write(ChainReader reader, RpcParams parameters, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(writer);
        parameters.EnsureAtMost(3);
        var count = ReadCount(parameters.Required(0, "blockCount"));
        var newest = Math.Min(reader.NumberOf(parameters.Block(1, "newestBlock"), RpcParams.Label(1, "newestBlock")), reader.Chain.Head.Number);
        if (parameters.Count < 3)
        {
            // geth's rewardPercentiles is a slice, not a pointer: it must be given (null or []), as ethers and alloy do.
            throw RpcException.InvalidParams("missing value for required argument 2 (rewardPercentiles)");
        }

        var percentiles = ReadPercentiles(parameters.Optional(2));
        count = Math.Min(count, newest + 1);
        var oldest = newest + 1 - count;
        parameters.Budget.Charge(count);

        var blocks = new List<(Block Block, IReadOnlyList<Receipt> Receipts)>();
        for (var number = oldest; count > 0 && number <= newest; number++)
        {
            var block = reader.Chain.Blocks.GetByNumber(number) ?? throw RpcException.Server($"block {number} is not stored");
            blocks.Add((block, reader.ReceiptsOf(block)));
        }

        writer.WriteStartObject();
        writer.WriteQuantity("oldestBlock", count == 0 ? newest : oldest);
        writer.WriteStartArray("baseFeePerGas");
        foreach (var (block, _) in blocks)
        {
            writer.WriteStringValue(RpcJson.Quantity(block.Header.BaseFee.Wei));
        }

        writer.WriteStringValue(RpcJson.Quantity(newest == reader.Chain.Head.Number
            ? FeeSuggestion.NextBaseFee(reader.Chain)
            : reader.Chain.Blocks.GetByNumber(newest + 1)!.Header.BaseFee.Wei));
        writer.WriteEndArray();
        writer.WriteStartArray("gasUsedRatio");
        foreach (var (block, _) in blocks)
        {
            writer.WriteNumberValue(block.Header.GasLimit == 0 ? 0.0 : (double)block.Header.GasUsed / block.Header.GasLimit);
        }

        writer.WriteEndArray();
        if (percentiles is not null)
        {
            writer.WriteStartArray("reward");
            foreach (var (block, receipts) in blocks)
            {
                writer.WriteStartArray();
                foreach (var reward in Rewards(block, receipts, percentiles))
                {
                    writer.WriteStringValue(RpcJson.Quantity(reward));
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>The tips paid at each percentile of the gas used by <paramref name="block"/>'s user transactions.</summary>
    public static UInt128[] Rewards(Block block, IReadOnlyList<Receipt> receipts, IReadOnlyList<double> percentiles)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(receipts);
        ArgumentNullException.ThrowIfNull(percentiles);
        var baseFee = block.Header.BaseFee.Wei;
        var first = block.Body.OpeningSystemTransactions.Count;
        var tips = new List<(UInt128 Tip, ulong Gas)>();
        ulong totalGas = 0;
        for (var i = first; i < first + block.Body.UserTransactions.Count; i++)
        {
            var receipt = receipts[i];
            tips.Add((receipt.EffectiveGasPrice.Wei - baseFee, receipt.GasUsed));
            totalGas += receipt.GasUsed;
        }

        var rewards = new UInt128[percentiles.Count];
        if (tips.Count == 0)
        {
            return rewards;
        }

        tips.Sort(static (left, right) => left.Tip.CompareTo(right.Tip));
        var index = 0;
        var cumulative = tips[0].Gas;
        for (var p = 0; p < percentiles.Count; p++)
        {
            var threshold = (ulong)(totalGas * percentiles[p] / 100);
            while (cumulative < threshold && index < tips.Count - 1)
            {
                index++;
                cumulative += tips[index].Gas;
            }

            rewards[p] = tips[index].Tip;
        }

        return rewards;
    }

    private static ulong ReadCount(JsonElement value)
    {
        const string What = "invalid argument 0 (blockCount)";
        var count = value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var number) ? number : RpcValues.ReadQuantity(value, What);
        return count is >= 1 and <= MaxBlocks ? count : throw RpcException.InvalidParams($"{What}: must be between 1 and {MaxBlocks}, got {count}");
    }

    private static List<double>? ReadPercentiles(JsonElement? value)
    {
        const string What = "invalid argument 2 (rewardPercentiles)";
        if (value is not { } list)
        {
            return null;
        }

        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() > MaxPercentiles)
        {
            throw RpcException.InvalidParams($"{What}: expected an array of at most {MaxPercentiles} numbers");
        }

        var percentiles = new List<double>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || item.GetDouble() is < 0 or > 100 || (percentiles.Count > 0 && item.GetDouble() < percentiles[^1]))
            {
                throw RpcException.InvalidParams($"{What}: percentiles are numbers from 0 to 100 in ascending order");
            }

            percentiles.Add(item.GetDouble());
        }

        return percentiles;
    }
}
