using ProverNet.Chain.Genesis;
using ProverNet.Chain.L1Inputs;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Abi;
using ProverNet.Derivation.Tests.Support;

namespace ProverNet.Derivation.Tests;

public sealed class L1InputStageTests
{
    private static readonly L1Contracts Contracts = new(Filled(0xB1), Filled(0x5C), Filled(0x9A), Filled(0xF0), Filled(0xBA));
    private static readonly Address Prover = Filled(0x01);
    private static readonly Address Staker = Filled(0x02);
    private static readonly L1BlockRef Block = new(7, Keccak256.Hash("block 7"u8), Keccak256.Hash("block 6"u8), 1_700_000_084);

    [Fact]
    public void Decode_EveryInputEvent_GivesItsInputInLogOrder()
    {
        var value = new AbiWriter().WriteUInt(42).ToArray();
        var logs = new[]
        {
            Log(0, Contracts.RollupBridge, "DepositInitiated(uint256,address,address,uint256)", [EventTopics.Of(3), EventTopics.Of(Staker), EventTopics.Of(Prover)], Words(5_000)),
            Log(1, Contracts.StakingController, "ProverInitialized(address,address,uint16)", [EventTopics.Of(Prover), EventTopics.Of(Staker)], Words(250)),
            Log(2, Contracts.StakingController, "Staked(address,address,uint256,uint256)", [EventTopics.Of(Prover), EventTopics.Of(Staker)], Words(900, 899)),
            Log(3, Contracts.StakingController, "StakeUpdated(address,uint256,uint256)", [EventTopics.Of(Prover)], Words(900, 10)),
            Log(4, Contracts.StakingController, "UnstakeRequested(uint256,address,address,uint256,uint256,uint64)",
                [EventTopics.Of(8), EventTopics.Of(Prover), EventTopics.Of(Prover)], Words(99, 100, 1_700_100_000)),
            Log(5, Contracts.StakingController, "ProverStatusChanged(address,uint8)", [EventTopics.Of(Prover)], Words(2)),
            Log(6, Contracts.StakingController, "Jailed(address,uint64)", [EventTopics.Of(Prover)], Words(1_700_200_000)),
            Log(7, Contracts.StakingController, "Unjailed(address)", [EventTopics.Of(Prover)], []),
            Log(8, Contracts.ParameterRegistry, "ParameterChanged(bytes32,uint32,bytes)", [Keccak256.Hash("marketFeeBps"u8), EventTopics.Of(0)],
                new AbiWriter().WriteBytes(value).ToArray()),
            Log(10, Contracts.StakingController, "Slashed(address,uint256,uint256,bytes32)", [EventTopics.Of(Prover), EventTopics.Of(4)], Words(30, 20)),
            Log(9, Contracts.ProofVerifier, "ProofVerified(uint256,address,bytes32,bytes32)",
                [EventTopics.Of(12), EventTopics.Of(Prover), Keccak256.Hash("vk"u8)], Keccak256.Hash("inputs"u8).ToArray()),
        };

        var decoded = L1InputStage.Decode(new L1BlockLogs(Block, logs, []), Contracts);

        Assert.Empty(decoded.Skipped);
        Assert.Equal(
            new IL1Input[]
            {
                new DepositInput(Id(0), 3, Staker, Prover, new Amount(5_000)),
                new ProverInitializedInput(Id(1), Prover),
                new StakeMovedInput(Id(2), StakeMovement.Staked, Prover, Staker, new Amount(900)),
                new StakeUpdatedInput(Id(3), Prover, new Amount(900), new Amount(10)),
                new StakeMovedInput(Id(4), StakeMovement.UnstakeRequested, Prover, Prover, new Amount(100)),
                new ProverStatusInput(Id(5), Prover, ProverStatus.Active),
                new JailedInput(Id(6), Prover, 1_700_200_000),
                new UnjailedInput(Id(7), Prover),
                new ParameterChangedInput(Id(8), Keccak256.Hash("marketFeeBps"u8), 0, value),
                new SlashedInput(Id(10), Prover, new Amount(50), EventTopics.Of(4)),
                new ProofVerifiedInput(Id(9), 12, Prover, Keccak256.Hash("vk"u8), Keccak256.Hash("inputs"u8), Block.Timestamp),
            },
            decoded.Inputs);
    }

    [Fact]
    public void Decode_InputEventFromAnotherContract_IsNoInput()
    {
        var deposit = Log(0, Contracts.StakingController, "DepositInitiated(uint256,address,address,uint256)", [EventTopics.Of(3), EventTopics.Of(Staker), EventTopics.Of(Prover)], Words(5));
        var stranger = deposit with { LogIndex = 1, Address = Filled(0x77) };

        var decoded = L1InputStage.Decode(new L1BlockLogs(Block, [deposit, stranger], []), Contracts);

        Assert.Empty(decoded.Inputs);
        Assert.Empty(decoded.Skipped);
    }

    [Fact]
    public void Decode_OtherEventsOfTheContracts_AreNoInputs()
    {
        var logs = new[]
        {
            Log(0, Contracts.StakingController, "CommissionChanged(address,uint16)", [EventTopics.Of(Prover)], Words(5)),
            Log(1, Contracts.RollupBridge, "BridgeUnpaused(address)", [EventTopics.Of(Prover)], []),
            Log(2, Contracts.ProofVerifier, "KeyRemoved(bytes32)", [Keccak256.Hash("vk"u8)], []),
            new L1Log(Block.Number, Block.Hash, 3, Contracts.RollupBridge, [], [], Keccak256.Hash("tx"u8)),
        };

        var decoded = L1InputStage.Decode(new L1BlockLogs(Block, logs, []), Contracts);

        Assert.Empty(decoded.Inputs);
        Assert.Empty(decoded.Skipped);
    }

    [Theory]
    [InlineData("amount above 2^128")]
    [InlineData("nonce above 2^64")]
    [InlineData("missing topic")]
    [InlineData("short data")]
    [InlineData("status None")]
    [InlineData("address with high bytes")]
    [InlineData("value offset outside")]
    public void Decode_MalformedInputEvent_IsSkippedWithItsReasonAndTheRestKept(string malformation)
    {
        var deposit = Log(0, Contracts.RollupBridge, "DepositInitiated(uint256,address,address,uint256)", [EventTopics.Of(3), EventTopics.Of(Staker), EventTopics.Of(Prover)], Words(5));
        var bad = malformation switch
        {
            "amount above 2^128" => deposit with { Data = [1, .. new byte[31]] },
            "nonce above 2^64" => deposit with { Topics = [deposit.Topics[0], Keccak256.Hash("big"u8), deposit.Topics[2], deposit.Topics[3]] },
            "missing topic" => deposit with { Topics = deposit.Topics.Take(3).ToArray() },
            "short data" => deposit with { Data = new byte[31] },
            "status None" => Log(0, Contracts.StakingController, "ProverStatusChanged(address,uint8)", [EventTopics.Of(Prover)], Words(0)),
            "address with high bytes" => deposit with { Topics = [deposit.Topics[0], deposit.Topics[1], Keccak256.Hash("wide"u8), deposit.Topics[3]] },
            _ => Log(0, Contracts.ParameterRegistry, "ParameterChanged(bytes32,uint32,bytes)", [Keccak256.Hash("k"u8), EventTopics.Of(0)], Words(4_096)),
        };
        var good = deposit with { LogIndex = 1 };

        var decoded = L1InputStage.Decode(new L1BlockLogs(Block, [bad, good], []), Contracts);

        var skipped = Assert.Single(decoded.Skipped);
        Assert.Same(bad, skipped.Log);
        Assert.NotEmpty(skipped.Reason);
        Assert.Equal([new DepositInput(Id(1), 3, Staker, Prover, new Amount(5))], decoded.Inputs);
    }

    [Fact]
    public async Task NextAsync_RetrievedBlocks_DecodesEach()
    {
        var l1 = new MemoryL1(length: 3);
        var deposit = Log(0, Contracts.RollupBridge, "DepositInitiated(uint256,address,address,uint256)", [EventTopics.Of(0), EventTopics.Of(Staker), EventTopics.Of(Prover)], Words(9));
        l1.Emit(deposit with { BlockNumber = 2, BlockHash = l1[2].Hash });
        var stage = new L1InputStage(new L1Retrieval(new L1Traversal(l1, l1[0].Origin, 0), l1, Contracts.All), Contracts);

        var first = await stage.NextAsync(CancellationToken.None);
        var second = await stage.NextAsync(CancellationToken.None);

        Assert.Empty(first!.Inputs);
        Assert.Equal([new DepositInput(new L1LogId(2, 0), 0, Staker, Prover, new Amount(9))], second!.Inputs);
        Assert.Null(await stage.NextAsync(CancellationToken.None));
    }

    private static L1LogId Id(uint index) => new(Block.Number, index);

    private static L1Log Log(uint index, Address address, string signature, Hash256[] indexed, byte[] data) =>
        new(Block.Number, Block.Hash, index, address, [EventTopics.Signature(signature), .. indexed], data, Keccak256.Hash("tx"u8));

    private static byte[] Words(params ulong[] values) =>
        values.Aggregate(new AbiWriter(), (writer, value) => writer.WriteUInt(value)).ToArray();

    private static Address Filled(byte value) => new(Enumerable.Repeat(value, Address.Length).ToArray());
}
