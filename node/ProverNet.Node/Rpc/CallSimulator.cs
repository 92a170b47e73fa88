using ProverNet.Chain;
using ProverNet.Chain.Bridge;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Gas;
using ProverNet.Chain.Market;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Abi;
using ProverNet.Node.ChainView;

namespace ProverNet.Node.Rpc;

/// <summary>
/// <c>eth_call</c> and <c>eth_estimateGas</c> without an EVM: views answer from the committed state; state-changing
/// calls run on a throwaway copy of it, as the next block would run them (its number, the head's time, the next base
/// fee), so a call that would revert fails with code 3 and the reason, as geth reports an EVM revert.
/// </summary>
public sealed class CallSimulator
{
    private static readonly FunctionSelector ErrorSelector = FunctionSelector.Of("Error(string)");
    private static readonly FunctionSelector[] MarketViewSelectors =
        [MarketViews.GetBid, MarketViews.GetOffer, MarketViews.GetJob, MarketViews.GetClass, MarketViews.ReferencePrice];

    private readonly CommittedChain chain;

    /// <summary>Simulates against <paramref name="chain"/>.</summary>
    public CallSimulator(CommittedChain chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        this.chain = chain;
    }

    /// <summary>The return data of <paramref name="call"/>.</summary>
    /// <exception cref="RpcException">The call reverts (code 3) or cannot be made.</exception>
    public byte[] Call(CallRequest call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var target = call.To ?? throw RpcException.Server("contract creation is not supported: ProverNet has no EVM");
        return Reverting(() =>
        {
            var scope = OpenScope();
            if (target == SystemAddresses.Params)
            {
                return ParamsViews.Call(scope.Environment.Parameters, call.Data);
            }

            if (target == SystemAddresses.Market && IsMarketView(call.Data))
            {
                return scope.Market.Call(call.Data);
            }

            return Apply(scope, call, MarketCallOf(call));
        });
    }

    /// <summary>The gas <paramref name="call"/> would use as a transaction, after checking that it would not revert.</summary>
    /// <exception cref="RpcException">The call reverts (code 3) or is no valid transaction (-32000).</exception>
    public ulong EstimateGas(CallRequest call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var target = call.To ?? throw RpcException.Server("contract creation is not supported: ProverNet has no EVM");
        var schedule = chain.Parameters.Gas;
        var gas = TransactionGas.Intrinsic(call.Data, schedule);
        if (target == SystemAddresses.Params)
        {
            throw RpcException.Server("Params has no state-changing functions: read it with eth_call");
        }

        if (target == SystemAddresses.Market)
        {
            if (!call.Value.IsZero)
            {
                throw RpcException.Server("the Market takes escrow from the balance: send no value");
            }

            gas += TransactionGas.Operation(MarketCallOf(call)!, schedule);
        }
        else if (target == SystemAddresses.Bridge)
        {
            gas += schedule.Withdrawal;
        }
        else if (call.Data.Length > 0)
        {
            throw RpcException.Server($"no contract at {target}: only the system addresses take calldata on ProverNet");
        }

        Reverting(() => Apply(OpenScope(), call, MarketCallOf(call)));
        return gas;
    }

    private static byte[] Apply(ExecutionScope scope, CallRequest call, MarketCall? marketCall)
    {
        var logs = new List<LogEntry>();
        var target = call.To!.Value;
        switch (marketCall)
        {
            case SubmitBidCall bid:
                return new AbiWriter().WriteUInt(scope.Market.SubmitBid(call.From, bid, logs)).ToArray();
            case SubmitOfferCall offer:
                return new AbiWriter().WriteUInt(scope.Market.SubmitOffer(call.From, offer, logs)).ToArray();
            case CancelOrderCall cancel:
                scope.Market.Cancel(call.From, cancel, logs);
                return [];
        }

        var value = call.Value.TryGetUInt128(out var wei) ? new Amount(wei) : throw RpcException.Server($"value {call.Value} exceeds any balance");
        if (target == SystemAddresses.Bridge)
        {
            BridgeModule.Withdraw(scope.State, scope.Outbox, call.From, DecodeWithdraw(call.Data), value, logs);
            return [];
        }

        if (!value.Wei.Equals(UInt128.Zero))
        {
            scope.State.Debit(call.From, value);
        }

        // Like calling an account without code on Ethereum: nothing to run, empty return data.
        return [];
    }

    private static Address DecodeWithdraw(byte[] data)
    {
        try
        {
            return BridgeCalldata.DecodeWithdraw(data);
        }
        catch (AbiDecodingException error)
        {
            throw new ExecutionRevertedException($"invalid calldata for {SystemAddresses.Bridge}: {error.Message}", error);
        }
    }

    private static MarketCall? MarketCallOf(CallRequest call)
    {
        if (call.To != SystemAddresses.Market)
        {
            return null;
        }

        try
        {
            return MarketCalldata.Decode(call.Data);
        }
        catch (AbiDecodingException error)
        {
            throw Revert($"invalid calldata for {SystemAddresses.Market}: {error.Message}");
        }
    }

    private static bool IsMarketView(byte[] data) =>
        data.Length >= 4 && Array.IndexOf(MarketViewSelectors, FunctionSelector.Read(data)) >= 0;

    private ExecutionScope OpenScope()
    {
        return new ExecutionScope(chain.OpenState(), chain.NextBlockEnvironment());
    }

    private static byte[] Reverting(Func<byte[]> run)
    {
        try
        {
            return run();
        }
        catch (ExecutionRevertedException revert)
        {
            throw Revert(revert.Message);
        }
        catch (InsufficientBalanceException shortfall)
        {
            throw RpcException.Server($"insufficient funds for transfer: {shortfall.Message}");
        }
    }

    private static RpcException Revert(string reason) => new(
        RpcErrorCodes.ExecutionReverted,
        "execution reverted: " + reason,
        Hex.Encode(ErrorSelector.Call(new AbiWriter().WriteString(reason))));
}
