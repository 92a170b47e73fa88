using System.CommandLine;
using ProverNet.Node.Cli;

// Long-running commands handle Ctrl-C themselves (ShutdownSignal) so that they stop their children and exit 0.
var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await ProverNetCommandLine.Create().Parse(args).InvokeAsync(configuration).ConfigureAwait(false);
