using System.CommandLine;

namespace ProverNet.Node.Cli;

/// <summary>The <c>provernet</c> command tree.</summary>
public static class ProverNetCommandLine
{
    /// <summary>Builds the root command with every subcommand.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("ProverNet: an open marketplace for zero-knowledge proving, run as a rollup on Ethereum.");
        root.Subcommands.Add(VersionCommand.Create());
        root.Subcommands.Add(DevnetCommand.Create());
        root.Subcommands.Add(AuctionCommand.Create());
        root.Subcommands.Add(TxCommand.Create());
        root.Subcommands.Add(NodeCommand.Create());
        root.Subcommands.Add(ReplayCommand.Create());
        root.Subcommands.Add(ValidatorCommand.Create());
        return root;
    }
}
