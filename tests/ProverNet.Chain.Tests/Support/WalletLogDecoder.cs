using System.Globalization;
using System.Numerics;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using ProverNet.Chain.Receipts;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Support;

/// <summary>Decodes a node log with Nethereum and a compiled ABI, as a wallet would; every value comes back as an invariant string.</summary>
internal static class WalletLogDecoder
{
    public static string[] Decode(ContractBuilder contract, string eventName, LogEntry log)
    {
        var filterLog = new FilterLog
        {
            Address = log.Address.ToString(),
            Topics = log.Topics.Select(topic => (object)topic.ToString()).ToArray(),
            Data = Hex.Encode(log.Data),
        };
        var decoded = contract.GetEventAbi(eventName).DecodeEventDefaultTopics(filterLog);
        return decoded.Event.OrderBy(parameter => parameter.Parameter.Order).Select(parameter => parameter.Result switch
        {
            BigInteger number => number.ToString(CultureInfo.InvariantCulture),
            byte[] bytes => Hex.Encode(bytes),
            string text => text.StartsWith("0x", StringComparison.Ordinal) ? text.ToLowerInvariant() : text,
            var other => Convert.ToString(other, CultureInfo.InvariantCulture)!,
        }).ToArray();
    }
}
