using ProverNet.Chain.Bridge;
using ProverNet.Chain.Gas;
using ProverNet.Chain.Market;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Abi;
using ProverNet.Core.Transactions;

namespace ProverNet.Chain.Execution;

/// <summary>
/// ProverNet's own rules on top of Ethereum's stateless ones (<see cref="TransactionDecoder"/>): chain id, nonce, fees
/// against the base fee, the governed gas of the operation, funds, and what may be called. The mempool and the block
/// processor apply the same rules, so a transaction is rejected for the same reason wherever it arrives.
/// </summary>
public static class TransactionAdmission
{
    /// <summary>
    /// Largest raw transaction accepted, in bytes (geth's limit): a bid's calldata is a few hundred bytes, and a bound
    /// keeps one sender from filling blocks, mempools and batches with a single transaction.
    /// </summary>
    public const int MaxTransactionBytes = 128 * 1024;

    /// <summary>Admits <paramref name="transaction"/> from <paramref name="sender"/>, or says why not.</summary>
    public static bool TryAdmit(
        SignedTransaction transaction,
        AccountState sender,
        AdmissionContext context,
        out AdmittedTransaction? admitted,
        out AdmissionRejection? rejection)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(context);
        admitted = null;
        rejection = CheckEnvelope(transaction, sender, context) ?? DecodeOperation(transaction, context, out admitted);
        if (rejection is null && admitted is not null)
        {
            rejection = CheckFunds(transaction, sender, admitted.GasUsed);
        }

        if (rejection is not null)
        {
            admitted = null;
        }

        return rejection is null;
    }

    private static AdmissionRejection? CheckEnvelope(SignedTransaction transaction, AccountState sender, AdmissionContext context)
    {
        if (transaction.Raw.Length > MaxTransactionBytes)
        {
            return new(AdmissionError.Oversized, $"transaction of {transaction.Raw.Length} bytes exceeds the {MaxTransactionBytes}-byte limit");
        }

        if (transaction.ChainId is null)
        {
            return new(AdmissionError.MissingChainId, "legacy transaction without EIP-155 replay protection: sign with chain id " + context.ChainId);
        }

        if (transaction.ChainId != context.ChainId)
        {
            return new(AdmissionError.WrongChainId, $"chain id is {transaction.ChainId}, this chain is {context.ChainId}");
        }

        if (transaction.Nonce != sender.Nonce)
        {
            return transaction.Nonce < sender.Nonce
                ? new(AdmissionError.NonceTooLow, $"nonce too low: next nonce of {transaction.Sender} is {sender.Nonce}, got {transaction.Nonce}")
                : new(AdmissionError.NonceTooHigh, $"nonce too high: next nonce of {transaction.Sender} is {sender.Nonce}, got {transaction.Nonce}");
        }

        if (transaction.GasLimit > context.BlockGasLimit)
        {
            return new(AdmissionError.GasLimitAboveBlockLimit, $"gas limit {transaction.GasLimit} exceeds the block gas limit {context.BlockGasLimit}");
        }

        return transaction.MaxFeePerGas < ToUInt256(context.BaseFee)
            ? new(AdmissionError.FeeCapBelowBaseFee, $"max fee per gas {transaction.MaxFeePerGas} is below the base fee {context.BaseFee}")
            : null;
    }

    private static AdmissionRejection? DecodeOperation(SignedTransaction transaction, AdmissionContext context, out AdmittedTransaction? admitted)
    {
        admitted = null;
        if (transaction.To is not { } target)
        {
            return new(AdmissionError.ContractCreation, "contract creation is not supported: ProverNet has no EVM");
        }

        var calldata = transaction.Data.Span;
        var gas = TransactionGas.Intrinsic(calldata, context.Gas);
        MarketCall? marketCall = null;
        Address? withdrawalRecipient = null;
        try
        {
            if (target == SystemAddresses.Market)
            {
                if (!transaction.Value.IsZero)
                {
                    return new(AdmissionError.UnexpectedValue, "the Market takes escrow from the balance: send no value");
                }

                marketCall = MarketCalldata.Decode(calldata);
                gas += TransactionGas.Operation(marketCall, context.Gas);
            }
            else if (target == SystemAddresses.Bridge)
            {
                withdrawalRecipient = BridgeCalldata.DecodeWithdraw(calldata);
                gas += context.Gas.Withdrawal;
            }
            else if (target == SystemAddresses.Params)
            {
                return new(AdmissionError.UnknownContract, "Params has no state-changing functions: read it with eth_call");
            }
            else if (!calldata.IsEmpty)
            {
                return new(AdmissionError.UnknownContract, $"no contract at {target}: only the system addresses take calldata on ProverNet");
            }
        }
        catch (AbiDecodingException error)
        {
            return new(AdmissionError.InvalidCalldata, $"invalid calldata for {target}: {error.Message}");
        }

        if (transaction.GasLimit < gas)
        {
            return new(AdmissionError.IntrinsicGasTooLow, $"gas limit {transaction.GasLimit} is below the {gas} gas this operation uses");
        }

        admitted = new AdmittedTransaction(transaction, gas, marketCall, withdrawalRecipient);
        return null;
    }

    private static AdmissionRejection? CheckFunds(SignedTransaction transaction, AccountState sender, ulong gasUsed)
    {
        // The sender must afford the worst case it signed for, as on Ethereum, even though only gasUsed is charged.
        var affordable = transaction.TryGetMaxCost(out var maxCost)
            && maxCost.TryGetUInt128(out var required)
            && required <= sender.Balance.Wei;
        return affordable
            ? null
            : new(AdmissionError.InsufficientFunds, $"insufficient funds: {transaction.Sender} has {sender.Balance} wei, needs gas limit × max fee + value = {maxCost} (charged gas: {gasUsed})");
    }

    private static UInt256 ToUInt256(Amount amount) => new(0, 0, (ulong)(amount.Wei >> 64), (ulong)amount.Wei);
}
