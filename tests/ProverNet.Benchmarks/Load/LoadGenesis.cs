using System.Globalization;
using System.Text.Json.Nodes;
using ProverNet.Core.Transactions;

namespace ProverNet.Benchmarks.Load;

/// <summary>
/// The devnet genesis with the load's accounts funded and its provers staked, and a block gas limit that fits the target
/// rate (the devnet's 30M gas holds ~350 bids a block).
/// </summary>
public static class LoadGenesis
{
    /// <summary>Writes the genesis to <paramref name="path"/>.</summary>
    public static void Write(string devnetPath, string path, IReadOnlyList<TransactionSigner> requesters, IReadOnlyList<TransactionSigner> provers, ulong blockGasLimit)
    {
        var genesis = JsonNode.Parse(File.ReadAllText(devnetPath))!.AsObject();
        genesis["rollup"]!["blockGasLimit"] = blockGasLimit;
        var alloc = genesis["alloc"]!.AsArray();
        foreach (var signer in requesters.Concat(provers))
        {
            alloc.Add(new JsonObject { ["address"] = signer.Address.ToString(), ["balance"] = Brev(1_000_000) });
        }

        var proverEntries = genesis["provers"]!.AsArray();
        foreach (var signer in provers)
        {
            proverEntries.Add(new JsonObject { ["address"] = signer.Address.ToString(), ["stake"] = Brev(1_000_000), ["commissionBps"] = 1000 });
        }

        File.WriteAllText(path, genesis.ToJsonString());
    }

    private static string Brev(int whole) => (new System.Numerics.BigInteger(whole) * System.Numerics.BigInteger.Pow(10, 18)).ToString(CultureInfo.InvariantCulture);
}
