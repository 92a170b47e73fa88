using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using ProverNet.Core;
using ProverNet.Core.Abi;
using ProverNet.Derivation;

namespace ProverNet.Node.Settlement;

/// <summary>
/// The OutputOracle (and the StakingController's validator set) at known addresses, read over Ethereum JSON-RPC through
/// Nethereum, and the calldata of the calls the proposer and validators send. Every call has a deadline; a failure to
/// connect, an RPC error (a reverted view included) or a late answer is an <see cref="L1UnavailableException"/>, as
/// with <see cref="L1.JsonRpcL1Source"/>: the settlement loops wait and ask again.
/// </summary>
public sealed partial class OutputOracleClient
{
    private static readonly Hash256 OutputProposedTopic = Keccak256.Hash("OutputProposed(bytes32,uint256,uint256,uint256)"u8);
    private static readonly Hash256 NoneFrozen = new([.. Enumerable.Repeat((byte)0xff, Hash256.Length)]);

    private readonly Web3 web3;
    private readonly TimeSpan callTimeout;

    /// <summary>Reads the oracle at <paramref name="oracle"/> and the validator set at <paramref name="staking"/> on the L1 at <paramref name="rpcUrl"/>.</summary>
    public OutputOracleClient(Uri rpcUrl, Address oracle, Address staking, TimeSpan callTimeout)
    {
        ArgumentNullException.ThrowIfNull(rpcUrl);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(callTimeout, TimeSpan.Zero);
        web3 = new Web3(rpcUrl.ToString());
        Oracle = oracle;
        Staking = staking;
        this.callTimeout = callTimeout;
    }

    /// <summary>The OutputOracle's address, where the proposer's and validators' transactions go.</summary>
    public Address Oracle { get; }

    /// <summary>The StakingController's address.</summary>
    public Address Staking { get; }

    /// <summary>L2 block number the next output must be proposed for (<c>nextBlockNumber()</c>).</summary>
    public async Task<ulong> NextBlockNumberAsync(CancellationToken cancellationToken) =>
        new AbiReader(await ViewAsync(Oracle, "nextBlockNumber()", null, cancellationToken).ConfigureAwait(false)).ReadId(0, "nextBlockNumber");

    /// <summary>L2 block number of the latest output, 0 (the starting block) if none (<c>latestBlockNumber()</c>).</summary>
    public async Task<ulong> LatestBlockNumberAsync(CancellationToken cancellationToken) =>
        new AbiReader(await ViewAsync(Oracle, "latestBlockNumber()", null, cancellationToken).ConfigureAwait(false)).ReadId(0, "latestBlockNumber");

    /// <summary>Number of outputs (<c>outputCount()</c>).</summary>
    public async Task<ulong> OutputCountAsync(CancellationToken cancellationToken) =>
        new AbiReader(await ViewAsync(Oracle, "outputCount()", null, cancellationToken).ConfigureAwait(false)).ReadId(0, "outputCount");

    /// <summary>The output at <paramref name="index"/> (<c>getOutput(index)</c>).</summary>
    /// <exception cref="L1UnavailableException">L1 did not answer, or there is no such output (the view reverts).</exception>
    public async Task<OutputProposal> GetOutputAsync(ulong index, CancellationToken cancellationToken)
    {
        var result = await ViewAsync(Oracle, "getOutput(uint256)", new AbiWriter().WriteUInt(index), cancellationToken).ConfigureAwait(false);
        var reader = new AbiReader(result);
        return new OutputProposal(
            reader.ReadBytes32(0, "outputRoot"),
            reader.ReadUInt(1, 64, "l2BlockNumber"),
            reader.ReadUInt(2, 64, "timestamp"),
            reader.ReadUInt(3, 64, "proposalId"),
            ReadBool(reader, 4, "challenged"),
            ReadBool(reader, 5, "attestedFinal"));
    }

    /// <summary>Whether the output at <paramref name="index"/> is final (<c>isFinalized(index)</c>; false for an unknown index).</summary>
    public async Task<bool> IsFinalizedAsync(ulong index, CancellationToken cancellationToken) =>
        ReadBool(new AbiReader(await ViewAsync(Oracle, "isFinalized(uint256)", new AbiWriter().WriteUInt(index), cancellationToken).ConfigureAwait(false)), 0, "isFinalized");

    /// <summary>Whether <paramref name="validator"/> attested to the output at <paramref name="index"/> (<c>hasAttested(index, validator)</c>).</summary>
    public async Task<bool> HasAttestedAsync(ulong index, Address validator, CancellationToken cancellationToken) =>
        ReadBool(new AbiReader(await ViewAsync(Oracle, "hasAttested(uint256,address)", new AbiWriter().WriteUInt(index).WriteAddress(validator), cancellationToken).ConfigureAwait(false)), 0, "hasAttested");

    /// <summary>The validator that challenged the output at <paramref name="index"/>, <see cref="Address.Zero"/> if none (<c>challengerOf(index)</c>).</summary>
    public async Task<Address> ChallengerOfAsync(ulong index, CancellationToken cancellationToken) =>
        new AbiReader(await ViewAsync(Oracle, "challengerOf(uint256)", new AbiWriter().WriteUInt(index), cancellationToken).ConfigureAwait(false)).ReadAddress(0, "challengerOf");

    /// <summary>The lowest output index under an open challenge (it and every later output are frozen), or null if none (<c>frozenFrom()</c>).</summary>
    public async Task<ulong?> FrozenFromAsync(CancellationToken cancellationToken)
    {
        var result = await ViewAsync(Oracle, "frozenFrom()", null, cancellationToken).ConfigureAwait(false);
        var reader = new AbiReader(result);
        return reader.ReadBytes32(0, "frozenFrom") == NoneFrozen ? null : reader.ReadId(0, "frozenFrom");
    }

    /// <summary>Whether <paramref name="account"/> is a validator that is not jailed (StakingController <c>isActiveValidator(account)</c>).</summary>
    public async Task<bool> IsActiveValidatorAsync(Address account, CancellationToken cancellationToken) =>
        ReadBool(new AbiReader(await ViewAsync(Staking, "isActiveValidator(address)", new AbiWriter().WriteAddress(account), cancellationToken).ConfigureAwait(false)), 0, "isActiveValidator");

    /// <summary>The newest L1 block, which a proposal pins its L1 block hash check to.</summary>
    public Task<L1BlockRef> GetL1HeadAsync(CancellationToken cancellationToken) =>
        CallAsync(
            "eth_getBlockByNumber",
            async () =>
            {
                var block = await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest()).ConfigureAwait(false)
                    ?? throw new L1UnavailableException("eth_getBlockByNumber(latest): no block");
                return new L1BlockRef((ulong)block.Number.Value, Hash256.Parse(block.BlockHash), Hash256.Parse(block.ParentHash), (ulong)block.Timestamp.Value);
            },
            cancellationToken);

    /// <summary>The oracle's <c>OutputProposed</c> logs in L1 blocks <paramref name="fromBlock"/> to <paramref name="toBlock"/> (inclusive), in L1 order.</summary>
    public Task<IReadOnlyList<OutputProposedEvent>> GetOutputsProposedAsync(ulong fromBlock, ulong toBlock, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(toBlock, fromBlock);
        var filter = new NewFilterInput
        {
            FromBlock = new BlockParameter(fromBlock),
            ToBlock = new BlockParameter(toBlock),
            Address = [Oracle.ToString()],
            Topics = [OutputProposedTopic.ToString()],
        };
        return CallAsync<IReadOnlyList<OutputProposedEvent>>(
            "eth_getLogs",
            async () =>
            {
                var logs = await web3.Eth.Filters.GetLogs.SendRequestAsync(filter).ConfigureAwait(false);
                return [.. logs.OrderBy(log => (log.BlockNumber.Value, log.LogIndex.Value)).Select(ToEvent)];
            },
            cancellationToken);
    }

    private static OutputProposedEvent ToEvent(FilterLog log)
    {
        var topics = log.Topics.Select(topic => Hash256.Parse(topic.ToString()!)).ToArray();
        if (topics.Length != 4)
        {
            throw new L1UnavailableException($"OutputProposed log in L1 block {log.BlockNumber.Value} has {topics.Length} topics, not 4");
        }

        return new OutputProposedEvent(
            new AbiReader(topics[2].ToArray()).ReadId(0, "index"),
            new AbiReader(topics[3].ToArray()).ReadId(0, "l2BlockNumber"),
            topics[1],
            new AbiReader(Hex.Decode(log.Data)).ReadId(0, "l1Timestamp"),
            (ulong)log.BlockNumber.Value,
            Hash256.Parse(log.BlockHash));
    }

    private static bool ReadBool(AbiReader reader, int index, string name) => reader.ReadUInt(index, 1, name) == 1;

    private Task<byte[]> ViewAsync(Address contract, string signature, AbiWriter? arguments, CancellationToken cancellationToken)
    {
        var selector = FunctionSelector.Of(signature);
        var call = new CallInput { To = contract.ToString(), Data = Hex.Encode(arguments is null ? selector.Call(ReadOnlySpan<byte>.Empty) : selector.Call(arguments)) };
        return CallAsync(
            signature,
            async () => Hex.Decode(await web3.Eth.Transactions.Call.SendRequestAsync(call, BlockParameter.CreateLatest()).ConfigureAwait(false)),
            cancellationToken);
    }

    private async Task<T> CallAsync<T>(string method, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().WaitAsync(callTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new L1UnavailableException($"{method}: no answer from L1 within {callTimeout.TotalSeconds:0.#} s");
        }
        catch (AbiDecodingException error)
        {
            // An answer that does not decode counts as no answer: L1 is asked again, never half believed.
            throw new L1UnavailableException($"{method}: {error.Message}", error);
        }
        catch (Exception error) when (error is RpcClientUnknownException or RpcClientTimeoutException or RpcResponseException or HttpRequestException)
        {
            throw new L1UnavailableException($"{method}: {error.Message}", error);
        }
    }
}
