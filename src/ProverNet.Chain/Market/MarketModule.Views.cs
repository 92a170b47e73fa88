using ProverNet.Chain.Execution;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Market;

public sealed partial class MarketModule
{
    /// <summary>
    /// Answers an <c>eth_call</c> to a view of <c>IProverMarket</c> (<c>getBid</c>, <c>getOffer</c>, <c>getJob</c>,
    /// <c>getClass</c>, <c>referencePrice</c>) with its ABI-encoded return data.
    /// </summary>
    /// <exception cref="ExecutionRevertedException">Unknown function, malformed arguments or unknown id.</exception>
    public byte[] Call(ReadOnlySpan<byte> calldata)
    {
        try
        {
            var selector = FunctionSelector.Read(calldata);
            var arguments = new AbiReader(calldata[4..]);
            arguments.EnsureHeadLength(1, hasDynamicTail: false);
            if (selector == MarketViews.GetBid)
            {
                var id = arguments.ReadId(0, "bidId");
                return MarketViews.EncodeBid(ledger.FindBid(id) ?? throw new ExecutionRevertedException($"unknown bid {id}"));
            }

            if (selector == MarketViews.GetOffer)
            {
                var id = arguments.ReadId(0, "offerId");
                return MarketViews.EncodeOffer(ledger.FindOffer(id) ?? throw new ExecutionRevertedException($"unknown offer {id}"));
            }

            if (selector == MarketViews.GetJob)
            {
                var id = arguments.ReadId(0, "jobId");
                return MarketViews.EncodeJob(ledger.FindJob(id) ?? throw new ExecutionRevertedException($"unknown job {id}"));
            }

            if (selector == MarketViews.GetClass || selector == MarketViews.ReferencePrice)
            {
                var classId = (uint)arguments.ReadUInt(0, 32, "classId");
                var marketClass = catalog.FindClass(classId) ?? throw new ExecutionRevertedException($"unknown class {classId}");
                var price = ledger.ReferencePrice(marketClass);
                return selector == MarketViews.ReferencePrice
                    ? MarketViews.EncodeReferencePrice(price)
                    : MarketViews.EncodeClass(marketClass, price, ledger.Counts(Auction.MarketRef.Class(classId)));
            }

            throw new ExecutionRevertedException($"function selector {selector} is not a view of IProverMarket");
        }
        catch (AbiDecodingException error)
        {
            throw new ExecutionRevertedException(error.Message, error);
        }
    }
}
