using Microsoft.Extensions.Logging;
using ProverNet.Chain.Blocks;
using ProverNet.Core;
using ProverNet.Derivation;
using ProverNet.Node.L1.Transactions;

namespace ProverNet.Node.Settlement;

/// <summary>
/// The sequencer's proposer: whenever the safe head has reached the OutputOracle's <c>nextBlockNumber()</c>, it
/// proposes that block's output root, pinned to the current L1 head's hash so that an L1 reorg under the proposal makes
/// it revert rather than land on a branch that is gone. The oracle is the only record of what was proposed: every
/// round reads <c>nextBlockNumber()</c> again, so a restarted proposer resumes without a duplicate or a gap.
/// </summary>
public sealed partial class OutputProposer
{
    private static readonly Hash256 WrongRootMask = Keccak256.Hash("wrong"u8);

    private readonly OutputOracleClient oracle;
    private readonly ISafeBlocks blocks;
    private readonly IL1TransactionSender sender;
    private readonly ProposerOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    /// <summary>Creates the proposer; nothing is sent until <see cref="RunAsync"/> or <see cref="ProposeDueAsync"/>.</summary>
    public OutputProposer(OutputOracleClient oracle, ISafeBlocks blocks, IL1TransactionSender sender, ProposerOptions options, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        this.oracle = oracle;
        this.blocks = blocks;
        this.sender = sender;
        this.options = options;
        this.time = time;
        this.logger = logger;
        if (options.InjectWrongRootAtBlock is { } faulty)
        {
            LogFaultInjection(faulty);
        }
    }

    /// <summary>
    /// Proposes due outputs until cancelled: one after another while several are due (catching up), then one poll
    /// interval between rounds. An unavailable L1 or a reverted proposal is retried in the next round.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                OutputProposalAttempt? attempt = null;
                try
                {
                    attempt = await ProposeDueAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception unavailable) when (unavailable is L1UnavailableException or L1TransactionRejectedException)
                {
                    LogL1Unavailable(unavailable.Message);
                }

                if (attempt is not { Receipt.Succeeded: true })
                {
                    await Task.Delay(options.PollInterval, time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: a proposal in flight is the sender's to finish or drop; the oracle says where to resume.
        }
    }

    /// <summary>
    /// One round: if the safe head has reached <c>nextBlockNumber()</c>, sends the proposal of that block's output and
    /// returns it (its receipt says whether it reverted); otherwise sends nothing and returns null.
    /// </summary>
    /// <exception cref="L1UnavailableException">L1 could not be read or written.</exception>
    public async Task<OutputProposalAttempt?> ProposeDueAsync(CancellationToken cancellationToken)
    {
        var next = await oracle.NextBlockNumberAsync(cancellationToken).ConfigureAwait(false);
        if (blocks.SafeHead < next)
        {
            return null;
        }

        if (blocks.GetBlock(next) is not { } block)
        {
            LogBlockMissing(next, blocks.SafeHead);
            return null;
        }

        var root = RootToPropose(block);
        var l1Head = await oracle.GetL1HeadAsync(cancellationToken).ConfigureAwait(false);
        var request = new L1TransactionRequest(
            oracle.Oracle,
            OutputOracleClient.ProposeOutputCalldata(next, root, l1Head.Hash, l1Head.Number),
            OutputOracleClient.ProposeOutputGasLimit,
            $"output of L2 block {next}");
        var receipt = await sender.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (receipt.Succeeded)
        {
            LogProposed(next, root, l1Head.Number, receipt.BlockNumber, receipt.GasUsed);
        }
        else
        {
            LogReverted(next, receipt.TransactionHash, l1Head.Number, l1Head.Hash);
        }

        return new OutputProposalAttempt(next, root, l1Head, receipt);
    }

    private Hash256 RootToPropose(Block block)
    {
        var root = OutputRoot.Of(block);
        if (options.InjectWrongRootAtBlock != block.Number)
        {
            return root;
        }

        Span<byte> wrong = stackalloc byte[Hash256.Length];
        root.WriteTo(wrong);
        for (var i = 0; i < wrong.Length; i++)
        {
            wrong[i] ^= WrongRootMask.ByteAt(i);
        }

        return new Hash256(wrong);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "TEST-ONLY fault injection is on: the output of L2 block {Block} will be proposed with a wrong root")]
    private partial void LogFaultInjection(ulong block);

    [LoggerMessage(Level = LogLevel.Information, Message = "proposed the output of L2 block {Block} (root {Root}, pinned to L1 block {L1Head}) in L1 block {L1Block}, {GasUsed} gas")]
    private partial void LogProposed(ulong block, Hash256 root, ulong l1Head, ulong l1Block, ulong gasUsed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "the proposal of the output of L2 block {Block} reverted in transaction {Transaction} (L1 block {L1Head} {L1Hash} reorganized away, or the oracle moved on); reading the oracle again next round")]
    private partial void LogReverted(ulong block, Hash256 transaction, ulong l1Head, Hash256 l1Hash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "the output of L2 block {Block} is due but the node does not hold that block (safe head {SafeHead})")]
    private partial void LogBlockMissing(ulong block, ulong safeHead);

    [LoggerMessage(Level = LogLevel.Warning, Message = "L1 unavailable ({Reason}): no output proposed this round")]
    private partial void LogL1Unavailable(string reason);
}
