using ProverNet.Chain.Genesis;
using ProverNet.Chain.Receipts;
using ProverNet.Core;
using ProverNet.Core.Abi;
using ProverNet.Derivation;

namespace ProverNet.Benchmarks;

/// <summary>
/// An L1 recorded in memory for <see cref="DerivationBenchmarks"/>: blocks 0..N with the logs the contracts emit, as
/// they emit them, in a fixed mix — one block in four empty, the others with two deposits, a stake update and two
/// verified proofs, and one in ten a parameter change as well. Answers at once, so only the stages are measured.
/// </summary>
internal sealed class RecordedL1 : IL1Source
{
    private static readonly Hash256 DepositInitiated = EventTopics.Signature("DepositInitiated(uint256,address,address,uint256)");
    private static readonly Hash256 StakeUpdated = EventTopics.Signature("StakeUpdated(address,uint256,uint256)");
    private static readonly Hash256 ParameterChanged = EventTopics.Signature("ParameterChanged(bytes32,uint32,bytes)");
    private static readonly Hash256 ProofVerified = EventTopics.Signature("ProofVerified(uint256,address,bytes32,bytes32)");

    private readonly L1BlockHeader[] headers;
    private readonly L1Log[][] logs;

    /// <summary>Records blocks 0 to <paramref name="blocks"/> of an L1 where <paramref name="contracts"/> are deployed.</summary>
    public RecordedL1(int blocks, L1Contracts contracts)
    {
        headers = new L1BlockHeader[blocks + 1];
        logs = new L1Log[blocks + 1][];
        var parent = Hash256.Zero;
        ulong nonce = 0;
        for (var number = 0; number <= blocks; number++)
        {
            var hash = Keccak256.Hash(BitConverter.GetBytes(number));
            var block = new L1BlockRef((ulong)number, hash, parent, 1_700_000_000 + (12 * (ulong)number));
            logs[number] = number == 0 || number % 4 == 0 ? [] : [.. Emitted(block, contracts, ref nonce)];
            headers[number] = new L1BlockHeader(block, L1LogsBloom.Of(logs[number].Select(log => log.Address)));
            parent = hash;
        }

        Inputs = (int)logs.Sum(block => (long)block.Length);
    }

    /// <summary>The logs recorded, each an input.</summary>
    public int Inputs { get; }

    /// <summary>The first block.</summary>
    public L1BlockRef Genesis => headers[0].Block;

    public Task<L1HeaderRange> GetHeadersAsync(ulong fromBlock, ulong toBlock, CancellationToken cancellationToken)
    {
        var last = Math.Min(toBlock, (ulong)headers.Length - 1);
        L1BlockHeader[] range = fromBlock > last ? [] : headers[(int)fromBlock..((int)last + 1)];
        return Task.FromResult(new L1HeaderRange((ulong)headers.Length - 1, range));
    }

    public Task<L1BlockRef?> GetBlockByNumberAsync(ulong number, CancellationToken cancellationToken) =>
        Task.FromResult(number < (ulong)headers.Length ? headers[number].Block : (L1BlockRef?)null);

    public Task<IReadOnlyList<L1Log>> GetLogsAsync(ulong fromBlock, ulong toBlock, IReadOnlyList<Address> addresses, CancellationToken cancellationToken)
    {
        var found = new List<L1Log>();
        for (var number = fromBlock; number <= toBlock && number < (ulong)logs.Length; number++)
        {
            found.AddRange(logs[number].Where(log => addresses.Contains(log.Address)));
        }

        return Task.FromResult<IReadOnlyList<L1Log>>(found);
    }

    /// <summary>The recorded L1 carries no batches, so it is never asked for an inbox transaction.</summary>
    public Task<IReadOnlyList<L1Transaction?>> GetTransactionsAsync(IReadOnlyList<Hash256> hashes, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<L1Transaction?>>([.. hashes.Select(_ => (L1Transaction?)null)]);

    private static IEnumerable<L1Log> Emitted(L1BlockRef block, L1Contracts contracts, ref ulong nonce)
    {
        var prover = Filled((byte)(block.Number % 7));
        var staker = Filled((byte)(0x40 + (block.Number % 5)));
        var emitted = new List<(Address Address, Hash256[] Topics, byte[] Data)>
        {
            (contracts.RollupBridge, [DepositInitiated, EventTopics.Of(nonce++), EventTopics.Of(staker), EventTopics.Of(prover)], Words(1_000_000 + block.Number)),
            (contracts.RollupBridge, [DepositInitiated, EventTopics.Of(nonce++), EventTopics.Of(prover), EventTopics.Of(staker)], Words(5_000)),
            (contracts.StakingController, [StakeUpdated, EventTopics.Of(prover)], Words(900_000, 10_000)),
            (contracts.ProofVerifier, [ProofVerified, EventTopics.Of(2 * block.Number), EventTopics.Of(prover), Keccak256.Hash("vk"u8)], Keccak256.Hash(block.Hash.ToArray()).ToArray()),
            (contracts.ProofVerifier, [ProofVerified, EventTopics.Of((2 * block.Number) + 1), EventTopics.Of(prover), Keccak256.Hash("vk"u8)], Keccak256.Hash(block.ParentHash.ToArray()).ToArray()),
        };
        if (block.Number % 10 == 1)
        {
            emitted.Add((contracts.ParameterRegistry, [ParameterChanged, Keccak256.Hash("marketFeeBps"u8), EventTopics.Of(0)], new AbiWriter().WriteBytes(Words(25)).ToArray()));
        }

        return emitted.Select((log, index) => new L1Log(block.Number, block.Hash, (uint)index, log.Address, log.Topics, log.Data, Keccak256.Hash([.. block.Hash.ToArray(), (byte)index])));
    }

    private static byte[] Words(params ulong[] values) => values.Aggregate(new AbiWriter(), (writer, value) => writer.WriteUInt(value)).ToArray();

    private static Address Filled(byte value) => new(Enumerable.Repeat((byte)(value + 1), Address.Length).ToArray());
}
