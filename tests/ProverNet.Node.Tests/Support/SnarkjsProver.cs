using System.Diagnostics;
using System.Numerics;
using Newtonsoft.Json.Linq;
using ProverNet.Core;
using ProverNet.Node.Hosting;

namespace ProverNet.Node.Tests.Support;

/// <summary>
/// Real Groth16 proofs of the committed test circuits, made by snarkjs (through <c>contracts/scripts/lib/groth16.js</c>,
/// the helper the contract tests use), in the encodings <c>ProofVerifier.submitProof</c> takes.
/// </summary>
public static class SnarkjsProver
{
    /// <summary>A proof of <paramref name="circuit"/> for <paramref name="input"/> (a snarkjs input object, as JSON).</summary>
    public static async Task<Groth16Proof> ProveAsync(string circuit, string input)
    {
        var helper = RepositoryLayout.Find("contracts/scripts/lib/groth16.js") ?? throw new InvalidOperationException("contracts/scripts/lib/groth16.js not found");
        var script =
            $"require({JsonString(helper)}).prove({JsonString(circuit)}, {input})" +
            ".then(r => { console.log(JSON.stringify({ proof: r.proofBytes, inputs: r.publicInputs.map(String) })); process.exit(0); })" +
            ".catch(e => { console.error(e); process.exit(1); });";
        var startInfo = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(helper)! };
        startInfo.ArgumentList.Add("-e");
        startInfo.ArgumentList.Add(script);
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"snarkjs failed: {await errors}");
        }

        var result = JObject.Parse(await output);
        return new Groth16Proof(Hex.Decode((string)result["proof"]!), [.. ((JArray)result["inputs"]!).Select(value => BigInteger.Parse((string)value!, System.Globalization.CultureInfo.InvariantCulture))]);
    }

    private static string JsonString(string value) => new JValue(value).ToString(Newtonsoft.Json.Formatting.None);
}
