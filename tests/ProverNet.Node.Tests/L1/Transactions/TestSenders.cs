using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProverNet.Core;
using ProverNet.Node.Devnet;
using ProverNet.Node.L1.Transactions;

namespace ProverNet.Node.Tests.L1.Transactions;

/// <summary>Transaction managers with timings short enough for tests, and requests to send through them.</summary>
public static class TestSenders
{
    /// <summary>Polls every 50 ms; replaces only after 30 s (tests that want a replacement shorten it); 3 s of patience.</summary>
    public static L1TransactionOptions Fast { get; } = new()
    {
        ReceiptPollInterval = TimeSpan.FromMilliseconds(50),
        ResubmissionTimeout = TimeSpan.FromSeconds(30),
        L1Patience = TimeSpan.FromSeconds(3),
        CallTimeout = TimeSpan.FromSeconds(2),
    };

    /// <summary>An EOA: calldata sent to it costs only intrinsic gas.</summary>
    public static Address Inbox { get; } = Address.Parse("0x00000000000000000000000000000000000b47c4");

    public static L1TransactionManager Create(Uri rpcUrl, int account, L1TransactionOptions? options = null, ILogger? logger = null) =>
        new(rpcUrl, DevAccounts.All[account].PrivateKey, 31337, options ?? Fast, TimeProvider.System, logger ?? NullLogger.Instance);

    public static L1TransactionRequest Batch(int bytes, ulong? gasLimit = null)
    {
        var data = new byte[bytes];
        Random.Shared.NextBytes(data);
        return new L1TransactionRequest(Inbox, data, gasLimit, $"test batch of {bytes} bytes");
    }
}
