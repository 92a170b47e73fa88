using System.Text.Json;
using ProverNet.Core.Transactions;
using Xunit.Abstractions;

namespace ProverNet.Core.Tests.Transactions;

/// <summary>
/// The ethereum/tests TransactionTests vectors (copied under Transactions/Vectors): against the newest fork of each
/// test, an accepted transaction must decode to the same hash and sender, a rejected one must be rejected.
/// </summary>
public class EthereumTransactionVectorTests(ITestOutputHelper output)
{
    private const ulong VectorChainId = 1;

    private static readonly string[] ForkOrder =
    [
        "Frontier", "Homestead", "EIP150", "EIP158", "Byzantium", "Constantinople", "ConstantinopleFix", "Istanbul",
        "Berlin", "London", "Paris", "Shanghai", "Cancun", "Prague",
    ];

    private static readonly string VectorRoot = Path.Combine(AppContext.BaseDirectory, "Transactions", "Vectors", "ethereum-tests", "TransactionTests");

    public static TheoryData<string, string> Vectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var vector in LoadAll())
        {
            data.Add(vector.File, vector.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void TryDecode_EthereumVector_AgreesWithNewestFork(string file, string name)
    {
        var vector = LoadAll().Single(candidate => candidate.File == file && candidate.Name == name);

        var disagreement = Check(vector);

        Assert.True(disagreement is null, disagreement);
    }

    [Fact]
    public void TryDecode_AllEthereumVectors_AgreeAndCoverEveryFile()
    {
        var vectors = LoadAll();
        var disagreements = vectors.Select(Check).OfType<string>().ToList();
        var accepted = vectors.Count(vector => vector.ExpectedHash is not null);

        output.WriteLine($"{vectors.Count - disagreements.Count}/{vectors.Count} vectors agree ({accepted} accepted, {vectors.Count - accepted} rejected)");
        foreach (var disagreement in disagreements)
        {
            output.WriteLine(disagreement);
        }

        // Which of our errors each rejected vector met, to review that rejections happen for the vector's reason.
        var decoder = new TransactionDecoder(VectorChainId);
        foreach (var vector in vectors.Where(vector => vector.ExpectedException is not null))
        {
            decoder.TryDecode(Hex.Decode(vector.TxBytes), out _, out var error);
            output.WriteLine($"{vector.File}/{vector.Name}: {vector.ExpectedException} -> {error}");
        }

        Assert.Equal(168, vectors.Count);
        Assert.Empty(disagreements);
    }

    private static string? Check(Vector vector)
    {
        var decoder = new TransactionDecoder(VectorChainId);
        var accepted = decoder.TryDecode(Hex.Decode(vector.TxBytes), out var transaction, out var error);
        var label = $"{vector.File}/{vector.Name} ({vector.Fork})";
        if (vector.ExpectedHash is null)
        {
            return accepted ? $"{label}: expected {vector.ExpectedException}, but it decoded (sender {transaction!.Sender})" : null;
        }

        if (!accepted)
        {
            return $"{label}: expected hash {vector.ExpectedHash}, but rejected: {error}";
        }

        if (transaction!.Hash.ToString() != vector.ExpectedHash || transaction.Sender.ToString() != vector.ExpectedSender)
        {
            return $"{label}: expected {vector.ExpectedHash} from {vector.ExpectedSender}, got {transaction.Hash} from {transaction.Sender}";
        }

        return null;
    }

    private static List<Vector> LoadAll()
    {
        var vectors = new List<Vector>();
        foreach (var path in Directory.EnumerateFiles(VectorRoot, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var file = Path.GetRelativePath(VectorRoot, path).Replace('\\', '/');
            foreach (var test in document.RootElement.EnumerateObject())
            {
                var newest = test.Value.GetProperty("result").EnumerateObject().MaxBy(fork => Array.IndexOf(ForkOrder, fork.Name));
                var result = newest.Value;
                vectors.Add(new Vector(
                    file,
                    test.Name,
                    newest.Name,
                    test.Value.GetProperty("txbytes").GetString()!,
                    result.TryGetProperty("hash", out var hash) ? hash.GetString() : null,
                    result.TryGetProperty("sender", out var sender) ? sender.GetString() : null,
                    result.TryGetProperty("exception", out var exception) ? exception.GetString() : null));
            }
        }

        return vectors;
    }

    private sealed record Vector(string File, string Name, string Fork, string TxBytes, string? ExpectedHash, string? ExpectedSender, string? ExpectedException);
}
