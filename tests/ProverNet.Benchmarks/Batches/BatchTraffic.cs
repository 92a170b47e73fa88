using ProverNet.Chain;
using ProverNet.Chain.Market;
using ProverNet.Core;

namespace ProverNet.Benchmarks.Batches;

/// <summary>
/// Bid and offer traffic as the L2 sees it, signed here (the same canonical bytes a wallet signs): requesters bid in the
/// three realtime-to-large classes with one registered key, their own public-inputs hash and a varying size and price;
/// provers offer in the same classes. Nonces run per account; fees are what wallets fill in from the node's suggestion.
/// </summary>
public static class BatchTraffic
{
    private const ulong ChainId = 7351;
    private static readonly Hash256 VkHash = Keccak256.Hash("the multiplier circuit's registered key"u8);

    /// <summary><paramref name="count"/> signed bids from <paramref name="accounts"/> requesters.</summary>
    public static List<byte[]> Bids(int count, int accounts) => Sign("batch-requester", count, accounts, k =>
        new SubmitBidCall(false, 1 + (uint)(k % 3), 1 + (uint)(k * 7 % 64), (UInt128)(10_000_000_000_000_000UL + ((ulong)(k * 37 % 101) * 100_000_000_000_000UL)), 0, 0, VkHash,
            Keccak256.Hash(BitConverter.GetBytes(k)), "ipfs://inputs"));

    /// <summary><paramref name="count"/> signed offers from <paramref name="accounts"/> provers.</summary>
    public static List<byte[]> Offers(int count, int accounts) => Sign("batch-prover", count, accounts, k =>
        new SubmitOfferCall(1 + (uint)(k % 3), (UInt128)(9_000_000_000_000_000UL + ((ulong)(k * 53 % 97) * 100_000_000_000_000UL)), 0));

    private static List<byte[]> Sign(string role, int count, int accounts, Func<int, MarketCall> call)
    {
        var signers = BenchAccounts.Signers(role, accounts);
        var nonces = new ulong[accounts];
        var signed = new List<byte[]>(count);
        for (var k = 0; k < count; k++)
        {
            var account = k % accounts;
            signed.Add(signers[account].SignDynamicFee(
                ChainId, nonces[account]++, 1_000_000_000, 2_000_000_000 + (ulong)(k % 5 * 1_000_000), 500_000, SystemAddresses.Market, UInt256.Zero, MarketCalldataEncoder.Encode(call(k))));
        }

        return signed;
    }
}
