using BenchmarkDotNet.Attributes;
using ProverNet.Auction;

namespace ProverNet.Benchmarks;

/// <summary>
/// One TODA round over N bids and N offers in 64 classes, against the baseline of sorting the same books' keys
/// (every bid's and every offer's packed (price, seq) key, as one array per side) with <see cref="Array.Sort{T}(T[])"/>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class AuctionBenchmarks
{
    private RoundInput round = null!;
    private RoundInput shuffled = null!;
    private UInt128[] bidKeys = [];
    private UInt128[] offerKeys = [];
    private UInt128[] work = [];

    /// <summary>Orders on each side of the book.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int OrdersPerSide { get; set; }

    /// <summary>Builds the round and the sort baseline's keys.</summary>
    [GlobalSetup]
    public void Setup()
    {
        round = AuctionRoundGenerator.Create(OrdersPerSide, seed: 42);
        var random = new Random(7);
        var bids = round.Bids.ToArray();
        var offers = round.Offers.ToArray();
        random.Shuffle(bids);
        random.Shuffle(offers);
        shuffled = round with { Bids = [.. bids], Offers = [.. offers] };
        bidKeys = [.. round.Bids.Select(bid => ((OrderBounds.MaxPricePerUnit - bid.MaxPricePerUnit) << 32) | (uint)bid.Seq)];
        offerKeys = [.. round.Offers.Select(offer => (offer.AskPerUnit << 32) | (uint)offer.Seq)];
        work = new UInt128[OrdersPerSide];
    }

    /// <summary>Sorting both books' keys: the floor any price-ordered clearing pays (copy included).</summary>
    [Benchmark(Baseline = true)]
    public UInt128 SortSameKeys()
    {
        bidKeys.CopyTo(work, 0);
        Array.Sort(work);
        var first = work[0];
        offerKeys.CopyTo(work, 0);
        Array.Sort(work);
        return first + work[0];
    }

    /// <summary>The round: admission, per-class clearing, pairing, pay, outcome.</summary>
    [Benchmark]
    public RoundOutcome Clear() => TodaAuction.Clear(round);

    /// <summary>The same round with both books in random order: the engine first sorts them by (seq, id).</summary>
    [Benchmark]
    public RoundOutcome ClearShuffledInput() => TodaAuction.Clear(shuffled);

    /// <summary>The round plus its canonical encoding and keccak-256, as a block commits to it.</summary>
    [Benchmark]
    public ProverNet.Core.Hash256 ClearAndHash() => TodaAuction.Clear(round).Hash;
}
