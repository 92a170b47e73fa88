using System.CommandLine;
using System.Text.Json;
using Nethereum.Model;
using Nethereum.Signer;
using ProverNet.Node.Cli;

namespace ProverNet.Node.Tests.Cli;

public class TxCommandTests
{
    private const string PrivateKey = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";

    // ethereum/tests TransactionTests/ttSignature/Vitalik_1: the EIP-155 example, chain id 1.
    private const string VitalikLegacy = "0xf864808504a817c800825208943535353535353535353535353535353535353535808025a0044852b2a670ade5407e78fb2863c51de9fcb96542a07186fe3aeda6bb8a116da0044852b2a670ade5407e78fb2863c51de9fcb96542a07186fe3aeda6bb8a116d";

    [Fact]
    public void Decode_DynamicFeeTransaction_PrintsJsonRpcQuantitiesAndSender()
    {
        var transaction = new Transaction1559(1337, 42, 2_000_000_000, 50_000_000_000, 100_000, "0x0000000000000000000000000000000000000b01", 1_000_000_000_000_000_000, "0xdeadbeef", []);
        var hex = "0x" + new Transaction1559Signer().SignTransaction(PrivateKey, transaction);

        var (exitCode, stdout, stderr) = Run("tx", "decode", hex, "--chain-id", "1337");

        Assert.Equal(0, exitCode);
        Assert.Empty(stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("0x2", root.GetProperty("type").GetString());
        Assert.Equal("0x539", root.GetProperty("chainId").GetString());
        Assert.Equal("0x2a", root.GetProperty("nonce").GetString());
        Assert.Equal("0x77359400", root.GetProperty("maxPriorityFeePerGas").GetString());
        Assert.Equal("0xba43b7400", root.GetProperty("maxFeePerGas").GetString());
        Assert.Equal("0x186a0", root.GetProperty("gas").GetString());
        Assert.Equal("0x0000000000000000000000000000000000000b01", root.GetProperty("to").GetString());
        Assert.Equal("0xde0b6b3a7640000", root.GetProperty("value").GetString());
        Assert.Equal("0xdeadbeef", root.GetProperty("data").GetString());
        Assert.Equal(0, root.GetProperty("accessList").GetArrayLength());
        Assert.Contains(root.GetProperty("yParity").GetString(), new[] { "0x0", "0x1" });
        Assert.Equal(new EthECKey(PrivateKey).GetPublicAddress().ToLowerInvariant(), root.GetProperty("sender").GetString());
        Assert.Equal(Nethereum.Util.Sha3Keccack.Current.CalculateHashFromHex(hex), root.GetProperty("hash").GetString()![2..]);
        Assert.False(root.TryGetProperty("gasPrice", out _));
    }

    [Fact]
    public void Decode_LegacyEip155Vector_PrintsVectorHashAndSender()
    {
        var (exitCode, stdout, _) = Run("tx", "decode", VitalikLegacy);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("0x0", root.GetProperty("type").GetString());
        Assert.Equal("0x1", root.GetProperty("chainId").GetString());
        Assert.Equal("0x4a817c800", root.GetProperty("gasPrice").GetString());
        Assert.Equal("0x25", root.GetProperty("v").GetString());
        Assert.Equal("0x", root.GetProperty("data").GetString());
        Assert.Equal("0xf0f6f18bca1b28cd68e4357452947e021241e9ce", root.GetProperty("sender").GetString());
        Assert.Equal("0xb1e2188bc490908a78184e4818dca53684167507417fdb4c09c2d64d32a9896a", root.GetProperty("hash").GetString());
        Assert.False(root.TryGetProperty("yParity", out _));
        Assert.False(root.TryGetProperty("accessList", out _));
    }

    [Fact]
    public void Decode_WrongChainId_PrintsReasonAndFails()
    {
        var (exitCode, stdout, stderr) = Run("tx", "decode", VitalikLegacy, "--chain-id", "5");

        Assert.Equal(1, exitCode);
        Assert.Empty(stdout);
        Assert.StartsWith("error: chain id is 1, expected 5", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UnsupportedType_PrintsReasonAndFails()
    {
        var (exitCode, _, stderr) = Run("tx", "decode", "0x03c0");

        Assert.Equal(1, exitCode);
        Assert.Contains("transaction type 0x03 is not supported", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NotHex_PrintsReasonAndFails()
    {
        var (exitCode, _, stderr) = Run("tx", "decode", "f864");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: hex must start with 0x", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HighS_PrintsReasonAndFails()
    {
        // Vitalik_1 with s replaced by n - s.
        var highS = VitalikLegacy[..^64] + "fbb7ad4d598f521abf818704d79c3ae0d0b223816ca82eb4c19770e614ac2fd4";

        var (exitCode, _, stderr) = Run("tx", "decode", highS);

        Assert.Equal(1, exitCode);
        Assert.Contains("(HighS)", stderr, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = ProverNetCommandLine.Create().Parse(arguments).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
