using System.CommandLine;
using System.Text.Json;
using ProverNet.Node.Cli;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Cli;

public class AuctionCommandTests
{
    private const string TradeReductionRound = """
        {
          "blockTime": 100,
          "params": {"thickMarketMinOrders": 8, "referenceStepBps": 1250},
          "classes": [{"id": 0, "referencePrice": "50"}],
          "bids": [
            {"id": "b100", "seq": 1, "class": 0, "units": 1, "maxPricePerUnit": "100", "expiry": 200, "requester": "0x00000000000000000000000000000000000000a1"},
            {"id": "b90", "seq": 2, "class": 0, "units": 1, "maxPricePerUnit": "90", "expiry": 200},
            {"id": "b80", "seq": 3, "class": 0, "units": 1, "maxPricePerUnit": "80", "expiry": 200},
            {"id": "b70", "seq": 4, "class": 0, "units": 1, "maxPricePerUnit": "70", "expiry": 200},
            {"id": "b60", "seq": 5, "class": 0, "units": 1, "maxPricePerUnit": "60", "expiry": 200},
            {"id": "b50", "seq": 6, "class": 0, "units": 1, "maxPricePerUnit": "50", "expiry": 200},
            {"id": "b40", "seq": 7, "class": 0, "units": 1, "maxPricePerUnit": "40", "expiry": 200},
            {"id": "b30", "seq": 8, "class": 0, "units": 1, "maxPricePerUnit": "30", "expiry": 200},
            {"id": "late", "seq": 9, "class": 0, "units": 1, "maxPricePerUnit": "999", "expiry": 99}
          ],
          "offers": [
            {"id": "o20", "seq": 10, "class": 0, "askPerUnit": "20", "expiry": 200, "prover": "0x00000000000000000000000000000000000000b1"},
            {"id": "o30", "seq": 11, "class": 0, "askPerUnit": "30", "expiry": 200},
            {"id": "o45", "seq": 12, "class": 0, "askPerUnit": "45", "expiry": 200},
            {"id": "o69", "seq": 13, "class": 0, "askPerUnit": "69", "expiry": 200},
            {"id": "o90", "seq": 14, "class": 0, "askPerUnit": "90", "expiry": 200},
            {"id": "o91", "seq": 15, "class": 0, "askPerUnit": "91", "expiry": 200},
            {"id": "o92", "seq": 16, "class": 0, "askPerUnit": "92", "expiry": 200},
            {"id": "o93", "seq": 17, "class": 0, "askPerUnit": "93", "expiry": 200}
          ]
        }
        """;

    [Fact]
    public void Clear_TradeReductionRound_PrintsOutcomeJson()
    {
        var (exitCode, stdout, _) = Run(TradeReductionRound);

        Assert.Equal(0, exitCode);
        using var outcome = JsonDocument.Parse(stdout);
        var root = outcome.RootElement;
        var matches = root.GetProperty("matches").EnumerateArray().ToArray();
        Assert.Equal(["b100", "b80", "b90"], matches.Select(match => match.GetProperty("bid").GetString()).Order());
        Assert.All(matches, match => Assert.Equal("70", match.GetProperty("buyerPricePerUnit").GetString()));
        Assert.All(matches, match => Assert.Equal("69", match.GetProperty("sellerPayments")[0].GetString()));
        Assert.All(matches, match => Assert.Equal(1, match.GetProperty("units").GetInt32()));
        Assert.Equal("o20", matches[0].GetProperty("offers")[0].GetString());
        Assert.Equal("69", root.GetProperty("referencePrices").GetProperty("0").GetString());
        Assert.Equal("3", root.GetProperty("treasury").GetString());
        Assert.Equal("late", root.GetProperty("expired").GetProperty("bids")[0].GetString());
        Assert.Contains("b70", root.GetProperty("open").GetProperty("bids").EnumerateArray().Select(id => id.GetString()));
        Assert.StartsWith("0x", root.GetProperty("outcomeHash").GetString(), StringComparison.Ordinal);
        Assert.False(root.TryGetProperty("markets", out _));
    }

    [Fact]
    public void Clear_Explain_AddsRegimeBooksKCandidateAndBranch()
    {
        var (exitCode, stdout, _) = Run(TradeReductionRound, "--explain");

        Assert.Equal(0, exitCode);
        using var outcome = JsonDocument.Parse(stdout);
        var market = outcome.RootElement.GetProperty("markets")[0];
        Assert.Equal(0, market.GetProperty("class").GetInt32());
        Assert.Equal("thick", market.GetProperty("regime").GetString());
        Assert.Equal("tradeReduction", market.GetProperty("branch").GetString());
        Assert.Equal(4, market.GetProperty("k").GetInt32());
        Assert.Equal("75", market.GetProperty("priceCandidate").GetString());
        Assert.Equal("b100", market.GetProperty("bids")[0].GetString());
        Assert.Equal("o93", market.GetProperty("stages")[0].GetProperty("offers")[7].GetString());
    }

    [Fact]
    public void Clear_PipelineBid_OneOfferAndPaymentPerStage()
    {
        const string round = """
            {"blockTime": 1, "classes": [{"id": 1, "referencePrice": "10"}, {"id": 2, "referencePrice": "20"}],
             "pipelines": [{"id": 7, "stages": [1, 2]}],
             "bids": [{"id": "job", "seq": 1, "pipeline": 7, "units": 2, "maxPricePerUnit": "40"}],
             "offers": [{"id": "chunk", "seq": 2, "class": 1, "askPerUnit": "9"}, {"id": "wrap", "seq": 3, "class": 2, "askPerUnit": "15"}]}
            """;

        var (exitCode, stdout, _) = Run(round);

        Assert.Equal(0, exitCode);
        using var outcome = JsonDocument.Parse(stdout);
        var match = outcome.RootElement.GetProperty("matches")[0];
        Assert.Equal(["chunk", "wrap"], match.GetProperty("offers").EnumerateArray().Select(id => id.GetString()));
        Assert.Equal(["20", "40"], match.GetProperty("sellerPayments").EnumerateArray().Select(pay => pay.GetString()));
        Assert.Equal("30", match.GetProperty("buyerPricePerUnit").GetString());
    }

    [Theory]
    [InlineData("\"units\": 1,", "\"units\": \"one\",", "round.bids[0].units")]
    [InlineData("\"maxPricePerUnit\": \"90\"", "\"maxPricePerUnit\": \"0\"", "round.bids[1].maxPricePerUnit")]
    [InlineData("\"id\": \"b90\"", "\"id\": \"b100\"", "round.bids[1].id")]
    [InlineData("\"id\": \"b90\", \"seq\": 2, \"class\": 0", "\"id\": \"b90\", \"seq\": 2, \"class\": 5", "round.bids[1].class")]
    [InlineData("\"askPerUnit\": \"30\"", "\"askPerUnit\": \"30\", \"colour\": 1", "round.offers[1].colour")]
    [InlineData("\"blockTime\": 100,", "", "round.blockTime")]
    public void Clear_MalformedInput_ExitsNonZeroNamingTheField(string original, string replacement, string field)
    {
        var (exitCode, stdout, stderr) = Run(ReplaceFirst(TradeReductionRound, original, replacement));

        Assert.NotEqual(0, exitCode);
        Assert.Empty(stdout);
        Assert.Contains(field, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clear_SameRoundInTwoProcesses_ByteIdenticalOutput()
    {
        // Separate processes get different string and HashCode seeds: the outcome must not depend on them.
        var path = Path.Combine(Directory.CreateTempSubdirectory("provernet-auction-").FullName, "round.json");
        await File.WriteAllTextAsync(path, AccountsWithSeveralOrders());

        var first = await ProvernetProcess.RunAsync("auction", "clear", "--input", path);
        var second = await ProvernetProcess.RunAsync("auction", "clear", "--input", path);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
        using var outcome = JsonDocument.Parse(first.Stdout);
        Assert.NotEmpty(outcome.RootElement.GetProperty("matches").EnumerateArray());
        Assert.NotEmpty(outcome.RootElement.GetProperty("open").GetProperty("bids").EnumerateArray());
    }

    [Fact]
    public void Clear_MissingFile_ExitsNonZero()
    {
        var (exitCode, _, stderr) = RunFile(Path.Combine(Path.GetTempPath(), "no-such-round.json"));

        Assert.Equal(1, exitCode);
        Assert.Contains("cannot read", stderr, StringComparison.Ordinal);
    }

    /// <summary>A thick round in which four requesters and four provers each hold three orders.</summary>
    private static string AccountsWithSeveralOrders()
    {
        var bids = Enumerable.Range(0, 12).Select(i =>
            $$"""{"id": "b{{i}}", "seq": {{i + 1}}, "class": 0, "units": {{1 + (i % 3)}}, "maxPricePerUnit": "{{60 + (i * 7 % 40)}}", "expiry": 200, "requester": "0x00000000000000000000000000000000000000a{{i % 4}}"}""");
        var offers = Enumerable.Range(0, 12).Select(i =>
            $$"""{"id": "o{{i}}", "seq": {{i + 13}}, "class": 0, "askPerUnit": "{{30 + (i * 11 % 45)}}", "expiry": 200, "prover": "0x00000000000000000000000000000000000000b{{i % 4}}"}""");
        return $$"""
            {"blockTime": 100, "params": {"thickMarketMinOrders": 2, "referenceStepBps": 1250},
             "classes": [{"id": 0, "referencePrice": "50"}],
             "bids": [{{string.Join(", ", bids)}}], "offers": [{{string.Join(", ", offers)}}]}
            """;
    }

    private static string ReplaceFirst(string text, string original, string replacement)
    {
        var at = text.IndexOf(original, StringComparison.Ordinal);
        Assert.True(at >= 0, $"test input lacks {original}");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + original.Length));
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string json, params string[] options)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("provernet-auction-").FullName, "round.json");
        File.WriteAllText(path, json);
        return RunFile(path, options);
    }

    private static (int ExitCode, string Stdout, string Stderr) RunFile(string path, params string[] options)
    {
        var root = new RootCommand();
        root.Subcommands.Add(AuctionCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = root.Parse(["auction", "clear", "--input", path, .. options]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
