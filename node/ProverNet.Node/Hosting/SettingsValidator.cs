using System.Net;
using ProverNet.Chain.Genesis;
using ProverNet.Derivation.Batches;

namespace ProverNet.Node.Hosting;

/// <summary>
/// Every setting's bounds, in one place: checked once the settings are read, before anything opens the data directory or
/// starts a process, so a wrong value is one <c>error: Key: …</c> line and exit 2, never a stack trace or a node that
/// half works. A new setting adds one line here.
/// </summary>
public static class SettingsValidator
{
    private const int MaxPort = 65_535;
    private const int MaxGovernanceSeconds = 365 * 24 * 3_600;

    /// <summary>Checks what does not depend on the chain.</summary>
    /// <exception cref="InvalidSettingException">The first setting that cannot work.</exception>
    public static void Validate(NodeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Require(!string.IsNullOrWhiteSpace(settings.DataDir), "DataDir", "must name a directory");

        var rpc = settings.Rpc;
        Require(IPAddress.TryParse(rpc.Host, out _), "Rpc:Host", $"expected an IP address to bind (e.g. 127.0.0.1, 0.0.0.0, ::1), got \"{rpc.Host}\"");
        InRange(rpc.Port, 0, MaxPort, "Rpc:Port");
        AtLeastOne(rpc.MaxRequestBytes, "Rpc:MaxRequestBytes");
        AtLeastOne(rpc.MaxBatch, "Rpc:MaxBatch");
        AtLeastOne(rpc.MaxLogBlockRange, "Rpc:MaxLogBlockRange");
        AtLeastOne(rpc.MaxLogResults, "Rpc:MaxLogResults");
        AtLeastOne(rpc.MaxResponseBytes, "Rpc:MaxResponseBytes");
        AtLeastOne(rpc.MaxBlocksReadPerMessage, "Rpc:MaxBlocksReadPerMessage");
        AtLeastOne(rpc.MaxSubscriptionsPerConnection, "Rpc:MaxSubscriptionsPerConnection");
        AtLeastOne(rpc.MaxWebSocketConnections, "Rpc:MaxWebSocketConnections");
        AtLeastOne(rpc.MaxQueuedNotifications, "Rpc:MaxQueuedNotifications");
        Require(rpc.WebSocketSendTimeout > TimeSpan.Zero, "Rpc:WebSocketSendTimeout", $"must be longer than 0, got {rpc.WebSocketSendTimeout}");
        Require(rpc.MinRequestBodyBytesPerSecond > 0, "Rpc:MinRequestBodyBytesPerSecond", $"must be above 0, got {rpc.MinRequestBodyBytesPerSecond}");
        // Kestrel checks body rates once a second, so a shorter grace would never be honoured.
        Require(rpc.RequestBodyGracePeriod > TimeSpan.FromSeconds(1), "Rpc:RequestBodyGracePeriod", $"must be longer than 00:00:01, got {rpc.RequestBodyGracePeriod}");

        var mempool = settings.Mempool;
        AtLeastOne(mempool.MaxTransactions, "Mempool:MaxTransactions");
        InRange(mempool.MaxPerSender, 1, mempool.MaxTransactions, "Mempool:MaxPerSender");
        InRange(mempool.RecoveryThreads, 0, int.MaxValue, "Mempool:RecoveryThreads");

        var sequencer = settings.Sequencer;
        InRange(sequencer.BlockTimeMs, 0, (int)RollupSettings.MaxBlockTimeMs, "Sequencer:BlockTimeMs");
        if (sequencer.BlockTimeMs != 0)
        {
            InRange(sequencer.BlockTimeMs, (int)RollupSettings.MinBlockTimeMs, (int)RollupSettings.MaxBlockTimeMs, "Sequencer:BlockTimeMs");
        }

        InRange(sequencer.BuildBudgetMs, 0, (int)RollupSettings.MaxBlockTimeMs, "Sequencer:BuildBudgetMs");
        InRange(sequencer.SyntheticLoadPerBlock, 0, 100_000, "Sequencer:SyntheticLoadPerBlock");

        var l1 = settings.L1;
        InRange(l1.Port, 0, MaxPort, "L1:Port");
        AtLeastOne(l1.ChainId, "L1:ChainId");
        InRange(l1.BlockTimeSeconds, 0, 3_600, "L1:BlockTimeSeconds");
        Require(l1.StartTimeout > TimeSpan.Zero, "L1:StartTimeout", $"must be longer than 0, got {l1.StartTimeout}");
        InRange(l1.VotingDelaySeconds, 0, MaxGovernanceSeconds, "L1:VotingDelaySeconds");
        InRange(l1.VotingPeriodSeconds, 1, MaxGovernanceSeconds, "L1:VotingPeriodSeconds");
        InRange(l1.TimelockDelaySeconds, 0, MaxGovernanceSeconds, "L1:TimelockDelaySeconds");

        InRange(settings.Storage.RewindDepthBlocks, 1, 1_000_000, "Storage:RewindDepthBlocks");

        var l1Rpc = settings.L1Rpc;
        Require(
            l1Rpc.Url.Length == 0 || L1ClientOptions.TryParseUrl(l1Rpc.Url, out _),
            "L1Rpc:Url",
            $"expected an http(s) URL such as http://127.0.0.1:8545, got \"{l1Rpc.Url}\"");
        InRange(l1Rpc.CallTimeoutMs, 1, 600_000, "L1Rpc:CallTimeoutMs");
        InRange(l1Rpc.PollIntervalMs, 10, 600_000, "L1Rpc:PollIntervalMs");
        InRange(l1Rpc.MaxRetryDelayMs, l1Rpc.PollIntervalMs, 3_600_000, "L1Rpc:MaxRetryDelayMs");
        InRange(l1Rpc.MaxQueuedBlocks, 1, 100_000, "L1Rpc:MaxQueuedBlocks");

        var batcher = settings.Batcher;
        Require(batcher.PrivateKey.Length == 0 || IsPrivateKey(batcher.PrivateKey), "Batcher:PrivateKey", "expected 0x and 64 hex digits");
        InRange(batcher.MaxFrameBytes, 1_024, BatchInboxCall.MaxBatchBytes, "Batcher:MaxFrameBytes");
        InRange(batcher.MaxBlocksPerBatch, 1, BatchLimits.Default.MaxBlocks, "Batcher:MaxBlocksPerBatch");
        InRange(batcher.MaxDelayMs, 0, 3_600_000, "Batcher:MaxDelayMs");
        InRange(batcher.ResubmitAfterMs, 1_000, 3_600_000, "Batcher:ResubmitAfterMs");
        InRange(batcher.PollIntervalMs, 10, 60_000, "Batcher:PollIntervalMs");
        InRange(settings.Settlement.PollIntervalMs, 10, 600_000, "Settlement:PollIntervalMs");
    }

    private static bool IsPrivateKey(string value) => ProverNet.Core.Hex.TryDecode(value, out var key, out _) && key.Length == 32;

    /// <summary>
    /// Checks what depends on the chain's genesis: the build budget against the block time in force, and an L1 endpoint
    /// exactly when the chain follows an L1.
    /// </summary>
    /// <exception cref="InvalidSettingException">A setting does not fit this chain.</exception>
    public static void ValidateFor(NodeSettings settings, ChainGenesis genesis)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(genesis);
        var blockTime = settings.Sequencer.BlockTimeMs;
        var effectiveBlockTime = blockTime != 0 ? blockTime : (int)genesis.Rollup.BlockTimeMs;
        InRange(settings.Sequencer.BuildBudgetMs, 0, effectiveBlockTime, "Sequencer:BuildBudgetMs");
        var hasL1 = settings.L1Rpc.Url.Length != 0;
        Require(
            hasL1 == genesis.L1.FollowsL1,
            "L1Rpc:Url",
            hasL1
                ? $"chain '{genesis.Name}' follows no L1 (its genesis has no l1.origin), so there is no L1 to read"
                : $"chain '{genesis.Name}' follows L1 from block {genesis.L1.Origin?.Number}: give the L1 JSON-RPC endpoint, e.g. --set L1Rpc:Url=http://127.0.0.1:8545");
    }

    private static void AtLeastOne(long value, string key) => InRange(value, 1, long.MaxValue, key);

    private static void AtLeastOne(ulong value, string key) => Require(value >= 1, key, $"must be at least 1, got {value}");

    private static void InRange(long value, long min, long max, string key) =>
        Require(value >= min && value <= max, key, max == long.MaxValue || max == int.MaxValue
            ? $"must be at least {min}, got {value}"
            : $"expected {min} to {max}, got {value}");

    private static void Require(bool holds, string key, string problem)
    {
        if (!holds)
        {
            throw new InvalidSettingException(key, problem);
        }
    }
}
