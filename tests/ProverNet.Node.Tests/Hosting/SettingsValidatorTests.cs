using ProverNet.Node.Hosting;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Hosting;

public sealed class SettingsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Pass()
    {
        SettingsValidator.Validate(new NodeSettings());
        SettingsValidator.ValidateFor(new NodeSettings(), NodeGenesis.Devnet);
    }

    [Theory]
    [InlineData("Rpc:Port", -1, "Rpc:Port: expected 0 to 65535, got -1")]
    [InlineData("Rpc:Port", 70_000, "Rpc:Port: expected 0 to 65535, got 70000")]
    [InlineData("Rpc:MaxBatch", 0, "Rpc:MaxBatch: must be at least 1, got 0")]
    [InlineData("Rpc:MaxRequestBytes", -1, "Rpc:MaxRequestBytes: must be at least 1, got -1")]
    [InlineData("Rpc:MaxResponseBytes", 0, "Rpc:MaxResponseBytes: must be at least 1, got 0")]
    [InlineData("Rpc:MaxSubscriptionsPerConnection", 0, "Rpc:MaxSubscriptionsPerConnection: must be at least 1, got 0")]
    [InlineData("Rpc:MaxQueuedNotifications", 0, "Rpc:MaxQueuedNotifications: must be at least 1, got 0")]
    [InlineData("Rpc:MaxWebSocketConnections", 0, "Rpc:MaxWebSocketConnections: must be at least 1, got 0")]
    [InlineData("Mempool:MaxTransactions", 0, "Mempool:MaxTransactions: must be at least 1, got 0")]
    [InlineData("Mempool:MaxPerSender", 200_001, "Mempool:MaxPerSender: expected 1 to 200000, got 200001")]
    [InlineData("Mempool:RecoveryThreads", -1, "Mempool:RecoveryThreads: must be at least 0, got -1")]
    [InlineData("Sequencer:BlockTimeMs", -1, "Sequencer:BlockTimeMs: expected 0 to 60000, got -1")]
    [InlineData("Sequencer:BuildBudgetMs", -1, "Sequencer:BuildBudgetMs: expected 0 to 60000, got -1")]
    [InlineData("Sequencer:SyntheticLoadPerBlock", -1, "Sequencer:SyntheticLoadPerBlock: expected 0 to 100000, got -1")]
    [InlineData("L1:Port", 65_536, "L1:Port: expected 0 to 65535, got 65536")]
    [InlineData("L1:BlockTimeSeconds", -1, "L1:BlockTimeSeconds: expected 0 to 3600, got -1")]
    public void Validate_OnePastTheBound_OneLineNamingTheKey(string key, int value, string expected)
    {
        var settings = With(key, value);

        var error = Assert.Throws<InvalidSettingException>(() => SettingsValidator.Validate(settings));

        Assert.Equal(expected, error.Message);
        Assert.Equal(key, error.Key);
    }

    [Theory]
    [InlineData("Rpc:Port", 0)]
    [InlineData("Rpc:Port", 65_535)]
    [InlineData("Rpc:MaxBatch", 1)]
    [InlineData("Mempool:MaxPerSender", 200_000)]
    [InlineData("Sequencer:SyntheticLoadPerBlock", 0)]
    [InlineData("Sequencer:BlockTimeMs", 60_000)]
    public void Validate_AtTheBound_Passes(string key, int value) => SettingsValidator.Validate(With(key, value));

    [Fact]
    public void Validate_HostNotAnAddress_SaysWhatIsExpected()
    {
        var settings = new NodeSettings();
        settings.Rpc.Host = "notanip";

        var error = Assert.Throws<InvalidSettingException>(() => SettingsValidator.Validate(settings));

        Assert.StartsWith("Rpc:Host: expected an IP address", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "Sequencer:BlockTimeMs: expected 100 to 60000, got 1")]
    [InlineData(99, "Sequencer:BlockTimeMs: expected 100 to 60000, got 99")]
    public void Validate_BlockTimeBelowTheRollupMinimum_Refused(int blockTimeMs, string expected)
    {
        var settings = With("Sequencer:BlockTimeMs", blockTimeMs);

        var error = Assert.Throws<InvalidSettingException>(() => SettingsValidator.Validate(settings));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void ValidateFor_BudgetAboveTheBlockTime_Refused()
    {
        var settings = With("Sequencer:BuildBudgetMs", (int)NodeGenesis.Devnet.Rollup.BlockTimeMs + 1);

        Assert.Throws<InvalidSettingException>(() => SettingsValidator.ValidateFor(settings, NodeGenesis.Devnet));
    }

    private static NodeSettings With(string key, int value)
    {
        var settings = new NodeSettings();
        switch (key)
        {
            case "Rpc:Port": settings.Rpc.Port = value; break;
            case "Rpc:MaxBatch": settings.Rpc.MaxBatch = value; break;
            case "Rpc:MaxRequestBytes": settings.Rpc.MaxRequestBytes = value; break;
            case "Rpc:MaxResponseBytes": settings.Rpc.MaxResponseBytes = value; break;
            case "Rpc:MaxSubscriptionsPerConnection": settings.Rpc.MaxSubscriptionsPerConnection = value; break;
            case "Rpc:MaxQueuedNotifications": settings.Rpc.MaxQueuedNotifications = value; break;
            case "Rpc:MaxWebSocketConnections": settings.Rpc.MaxWebSocketConnections = value; break;
            case "Mempool:MaxTransactions": settings.Mempool.MaxTransactions = value; break;
            case "Mempool:MaxPerSender": settings.Mempool.MaxPerSender = value; break;
            case "Mempool:RecoveryThreads": settings.Mempool.RecoveryThreads = value; break;
            case "Sequencer:BlockTimeMs": settings.Sequencer.BlockTimeMs = value; break;
            case "Sequencer:BuildBudgetMs": settings.Sequencer.BuildBudgetMs = value; break;
            case "Sequencer:SyntheticLoadPerBlock": settings.Sequencer.SyntheticLoadPerBlock = value; break;
            case "L1:Port": settings.L1.Port = value; break;
            case "L1:BlockTimeSeconds": settings.L1.BlockTimeSeconds = value; break;
            default: throw new ArgumentException(key, nameof(key));
        }

        return settings;
    }
}
