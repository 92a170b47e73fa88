using System.CommandLine;
using System.Text.Json;
using ProverNet.Auction;
using ProverNet.Core.Json;
using ProverNet.Node.Auction;

namespace ProverNet.Node.Cli;

/// <summary><c>provernet auction clear --input ROUND.json [--explain]</c>: clears one TODA round offline.</summary>
public static class AuctionCommand
{
    /// <summary>Builds the <c>auction</c> command with its <c>clear</c> subcommand.</summary>
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Round JSON file (format in src/ProverNet.Auction/README.md), or - for stdin.", Required = true };
        var explain = new Option<bool>("--explain") { Description = "Add per market the regime, the sorted books, k, the price candidate and the branch taken." };
        var clear = new Command("clear", "Clear one round of TODA and print its outcome as JSON.");
        clear.Options.Add(input);
        clear.Options.Add(explain);
        clear.SetAction(parseResult => Clear(parseResult, parseResult.GetValue(input)!, parseResult.GetValue(explain)));

        var auction = new Command("auction", "Simulate the TODA market clearing offline.");
        auction.Subcommands.Add(clear);
        return auction;
    }

    private static int Clear(ParseResult parseResult, string inputPath, bool explain)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        string json;
        try
        {
            json = inputPath == "-" ? Console.In.ReadToEnd() : File.ReadAllText(inputPath);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot read {inputPath}: {failure.Message}");
            return 1;
        }

        try
        {
            var document = RoundInputReader.Read(json);
            var (outcome, explanation) = Run(document, explain);
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                OutcomeWriter.Write(writer, outcome, document, explanation);
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            return 0;
        }
        catch (JsonFieldException failure)
        {
            error.WriteLine($"error: {failure.Message}");
            return 1;
        }
    }

    private static (RoundOutcome Outcome, RoundExplanation? Explanation) Run(AuctionRoundDocument document, bool explain)
    {
        try
        {
            if (explain)
            {
                var explanation = TodaAuction.Explain(document.Input);
                return (explanation.Outcome, explanation);
            }

            return (TodaAuction.Clear(document.Input), null);
        }
        catch (AuctionInputException failure)
        {
            throw document.ToFieldError(failure);
        }
    }
}
