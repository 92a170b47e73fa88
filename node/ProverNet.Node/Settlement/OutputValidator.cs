using Microsoft.Extensions.Logging;
using ProverNet.Chain.Blocks;
using ProverNet.Core;
using ProverNet.Derivation;
using ProverNet.Node.L1.Transactions;

namespace ProverNet.Node.Settlement;

/// <summary>
/// A validator's attester and challenger: takes the OutputOracle's outputs in index order and, once the node's own safe
/// head has reached an output's L2 block, compares the proposed root with the root of its own block — attesting when
/// they match, challenging (which freezes that output and every later one) when they do not. Outputs already final are
/// passed over. A key that is not an active validator sends nothing.
/// </summary>
public sealed partial class OutputValidator
{
    private readonly OutputOracleClient oracle;
    private readonly ISafeBlocks blocks;
    private readonly IL1TransactionSender sender;
    private readonly ValidatorOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private ulong? nextIndex;
    private bool warnedNotValidator;

    /// <summary>Creates the validator for <paramref name="sender"/>'s key; nothing is sent until <see cref="RunAsync"/> or <see cref="ValidateNextAsync"/>.</summary>
    public OutputValidator(OutputOracleClient oracle, ISafeBlocks blocks, IL1TransactionSender sender, ValidatorOptions options, TimeProvider time, ILogger logger)
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
    }

    /// <summary>Validates outputs until cancelled: one after another while there is work, then one poll interval between steps.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var moved = false;
                try
                {
                    var step = await ValidateNextAsync(cancellationToken).ConfigureAwait(false);
                    moved = step.Outcome is ValidationOutcome.Skipped or ValidationOutcome.Attested or ValidationOutcome.Challenged;
                }
                catch (Exception unavailable) when (unavailable is L1UnavailableException or L1TransactionRejectedException)
                {
                    LogL1Unavailable(unavailable.Message);
                }

                if (!moved)
                {
                    await Task.Delay(options.PollInterval, time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: what was attested or challenged is on L1, where the next start resumes from.
        }
    }

    /// <summary>
    /// One step on the next output: attests to it, challenges it, passes over it, or waits for it (the
    /// <see cref="ValidationStep.Outcome"/> says which). The first step after a start finds where this key left off.
    /// </summary>
    /// <exception cref="L1UnavailableException">L1 could not be read or written.</exception>
    public async Task<ValidationStep> ValidateNextAsync(CancellationToken cancellationToken)
    {
        var self = sender.From;
        if (!await oracle.IsActiveValidatorAsync(self, cancellationToken).ConfigureAwait(false))
        {
            if (!warnedNotValidator)
            {
                warnedNotValidator = true;
                LogNotValidator(self);
            }

            return new ValidationStep(ValidationOutcome.NotValidator, null, null);
        }

        warnedNotValidator = false;
        var count = await oracle.OutputCountAsync(cancellationToken).ConfigureAwait(false);

        // Governance deleting outputs shrinks the count below where this validator was: the re-proposed ones are new.
        var index = Math.Min(nextIndex ?? await ResumeIndexAsync(count, self, cancellationToken).ConfigureAwait(false), count);
        nextIndex = index;
        if (index == count)
        {
            return new ValidationStep(ValidationOutcome.NoOutput, null, null);
        }

        var output = await oracle.GetOutputAsync(index, cancellationToken).ConfigureAwait(false);
        if (await oracle.IsFinalizedAsync(index, cancellationToken).ConfigureAwait(false))
        {
            return PassOver(index);
        }

        if (blocks.SafeHead < output.L2BlockNumber || blocks.GetBlock(output.L2BlockNumber) is not { } block)
        {
            return new ValidationStep(ValidationOutcome.AheadOfSafeHead, index, null);
        }

        var own = OutputRoot.Of(block);
        if (own == output.OutputRoot)
        {
            return await oracle.HasAttestedAsync(index, self, cancellationToken).ConfigureAwait(false)
                ? PassOver(index)
                : await SendAsync(index, ValidationOutcome.Attested, OutputOracleClient.AttestCalldata(index), OutputOracleClient.AttestGasLimit, cancellationToken).ConfigureAwait(false);
        }

        LogMismatch(index, output.L2BlockNumber, output.OutputRoot, own);
        return output.Challenged
            ? PassOver(index)
            : await SendAsync(index, ValidationOutcome.Challenged, OutputOracleClient.ChallengeCalldata(index), OutputOracleClient.ChallengeGasLimit, cancellationToken).ConfigureAwait(false);
    }

    // Just past the newest output this key attested to or challenged, or that is final (nothing before it needs this
    // validator): scanning down from the newest costs only the outputs since it last acted.
    private async Task<ulong> ResumeIndexAsync(ulong count, Address self, CancellationToken cancellationToken)
    {
        for (var index = count; index > 0; index--)
        {
            if (await oracle.HasAttestedAsync(index - 1, self, cancellationToken).ConfigureAwait(false)
                || await oracle.ChallengerOfAsync(index - 1, cancellationToken).ConfigureAwait(false) == self
                || await oracle.IsFinalizedAsync(index - 1, cancellationToken).ConfigureAwait(false))
            {
                LogResuming(index);
                return index;
            }
        }

        return 0;
    }

    private ValidationStep PassOver(ulong index)
    {
        nextIndex = index + 1;
        return new ValidationStep(ValidationOutcome.Skipped, index, null);
    }

    private async Task<ValidationStep> SendAsync(ulong index, ValidationOutcome outcome, byte[] calldata, ulong gasLimit, CancellationToken cancellationToken)
    {
        var action = outcome == ValidationOutcome.Attested ? "attestation" : "challenge";
        var receipt = await sender.SendAsync(new L1TransactionRequest(oracle.Oracle, calldata, gasLimit, $"{action} of output {index}"), cancellationToken).ConfigureAwait(false);
        if (!receipt.Succeeded)
        {
            // Already attested, final or challenged meanwhile, or this key was jailed: the next step reads the oracle again.
            LogReverted(action, index, receipt.TransactionHash);
            return new ValidationStep(ValidationOutcome.Reverted, index, receipt);
        }

        nextIndex = index + 1;
        LogSent(action, index, receipt.BlockNumber, receipt.GasUsed);
        return new ValidationStep(outcome, index, receipt);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Validator} is not an active validator: no output is attested or challenged until it is")]
    private partial void LogNotValidator(Address validator);

    [LoggerMessage(Level = LogLevel.Information, Message = "resuming validation at output {Index}")]
    private partial void LogResuming(ulong index);

    [LoggerMessage(Level = LogLevel.Error, Message = "output {Index} (L2 block {Block}) has root {ProposedRoot}, but this node's block gives {OwnRoot}")]
    private partial void LogMismatch(ulong index, ulong block, Hash256 proposedRoot, Hash256 ownRoot);

    [LoggerMessage(Level = LogLevel.Information, Message = "sent the {Action} of output {Index} in L1 block {L1Block}, {GasUsed} gas")]
    private partial void LogSent(string action, ulong index, ulong l1Block, ulong gasUsed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "the {Action} of output {Index} reverted in transaction {Transaction}; reading the oracle again")]
    private partial void LogReverted(string action, ulong index, Hash256 transaction);

    [LoggerMessage(Level = LogLevel.Warning, Message = "L1 unavailable ({Reason}): no output validated this round")]
    private partial void LogL1Unavailable(string reason);
}
