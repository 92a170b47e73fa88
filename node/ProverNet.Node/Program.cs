using ProverNet.Node.Cli;

return await ProverNetCommandLine.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
