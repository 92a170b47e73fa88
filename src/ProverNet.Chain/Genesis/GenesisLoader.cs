using ProverNet.Chain.Blocks;
using ProverNet.Core;
using ProverNet.Core.Json;

namespace ProverNet.Chain.Genesis;

/// <summary>
/// Reads <c>genesis.json</c> strictly: every field typed and range-checked, unknown fields rejected, and the
/// cross-field rules checked; any error is a <see cref="JsonFieldException"/> naming the field.
/// </summary>
public static class GenesisLoader
{
    private const string Root = "genesis";

    /// <summary>Parses and validates a genesis document.</summary>
    public static ChainGenesis Parse(string json)
    {
        var root = JsonField.Parse(json, Root).AsObject();
        var genesis = new ChainGenesis(
            Name: root.Required("name").AsString(),
            ChainId: root.Required("chainId").AsUInt64(1, ulong.MaxValue),
            Timestamp: root.Required("timestamp").AsUInt64(),
            L1: ReadL1(root.Required("l1").AsObject()),
            Rollup: ReadRollup(root.Required("rollup").AsObject()),
            TokenAllocations: ReadTokenAllocations(root.Required("token").AsObject()),
            Allocations: ReadAllocations(root.Required("alloc"), "balance"),
            Provers: ReadProvers(root.Required("provers")),
            Parameters: ParametersReader.Read(root.Required("params").AsObject()));
        root.EnsureNoUnknownFields();

        if (genesis.ChainId == genesis.L1.ChainId)
        {
            throw new JsonFieldException($"{Root}.chainId", "must differ from l1.chainId, or L1 transactions would replay on L2");
        }

        return genesis;
    }

    private static L1Settings ReadL1(JsonObjectReader l1)
    {
        var settings = new L1Settings(
            ChainId: l1.Required("chainId").AsUInt64(1, ulong.MaxValue),
            Confirmations: l1.Required("confirmations").AsUInt32(),
            FinalityDepth: l1.Required("finalityDepth").AsUInt32(1),
            Origin: l1.Optional("origin") is { } origin ? ReadOrigin(origin.AsObject()) : null,
            Contracts: l1.Optional("contracts") is { } contracts ? ReadContracts(contracts.AsObject()) : null);
        l1.EnsureNoUnknownFields();
        if ((settings.Origin is null) != (settings.Contracts is null))
        {
            throw new JsonFieldException($"{Root}.l1", "origin and contracts go together: a chain follows an L1 from a block and reads its contracts, or neither");
        }

        return settings;
    }

    private static L1Origin ReadOrigin(JsonObjectReader origin)
    {
        var anchor = new L1Origin(
            Number: origin.Required("number").AsUInt64(),
            Hash: origin.Required("hash").AsHash(),
            Timestamp: origin.Required("timestamp").AsUInt64());
        origin.EnsureNoUnknownFields();
        return anchor;
    }

    private static L1Contracts ReadContracts(JsonObjectReader contracts)
    {
        var addresses = L1Contracts.Names.Select(name => contracts.Required(name).AsAddress()).ToArray();
        contracts.EnsureNoUnknownFields();
        if (addresses.Distinct().Count() != addresses.Length)
        {
            throw new JsonFieldException($"{Root}.l1.contracts", "each contract has an address of its own");
        }

        return new L1Contracts(addresses[0], addresses[1], addresses[2], addresses[3], addresses[4]);
    }

    private static RollupSettings ReadRollup(JsonObjectReader rollup)
    {
        var sequencer = rollup.Required("sequencer").AsAddress();
        var settings = new RollupSettings(
            BlockTimeMs: rollup.Required("blockTimeMs").AsUInt32(RollupSettings.MinBlockTimeMs, RollupSettings.MaxBlockTimeMs),
            BlockGasLimit: rollup.Required("blockGasLimit").AsUInt64(1_000_000, 1_000_000_000),
            Sequencer: sequencer,
            Treasury: rollup.Required("treasury").AsAddress(),
            SequencingWindowL1Blocks: rollup.Required("sequencingWindowL1Blocks").AsUInt32(1),
            OutputIntervalBlocks: rollup.Required("outputIntervalBlocks").AsUInt32(1),
            FinalityDelaySec: rollup.Required("finalityDelaySec").AsUInt32(),
            MaxSequencerDriftSec: rollup.Required("maxSequencerDriftSec").AsUInt32(1, RollupSettings.MaxSequencerDriftLimitSec),
            Batcher: rollup.Optional("batcher")?.AsAddress() ?? sequencer);
        rollup.EnsureNoUnknownFields();
        return settings;
    }

    private static List<Allocation> ReadTokenAllocations(JsonObjectReader token)
    {
        var allocationsField = token.Required("allocations");
        var allocations = ReadAllocations(allocationsField, "amount");
        token.EnsureNoUnknownFields();
        if (allocations.Count == 0)
        {
            throw allocationsField.Fail("the token needs at least one holder");
        }

        var supply = Amount.Zero;
        foreach (var allocation in allocations)
        {
            supply = Amount.MaxValue - supply >= allocation.Amount
                ? supply + allocation.Amount
                : throw allocationsField.Fail("the total supply must stay below 2^128 wei");
        }

        return allocations;
    }

    private static List<Allocation> ReadAllocations(JsonField field, string amountName)
    {
        var allocations = new List<Allocation>();
        foreach (var item in field.AsArray())
        {
            var entry = item.AsObject();
            var addressField = entry.Required("address");
            var allocation = new Allocation(addressField.AsAddress(), entry.Required(amountName).AsAmount(new Amount(1), Amount.MaxValue));
            entry.EnsureNoUnknownFields();
            if (allocations.Exists(existing => existing.Address == allocation.Address))
            {
                throw addressField.Fail($"{allocation.Address} is allocated twice");
            }

            allocations.Add(allocation);
        }

        return allocations;
    }

    private static List<GenesisProver> ReadProvers(JsonField field)
    {
        var provers = new List<GenesisProver>();
        foreach (var item in field.AsArray())
        {
            var entry = item.AsObject();
            var addressField = entry.Required("address");
            var prover = new GenesisProver(
                Address: addressField.AsAddress(),
                Stake: entry.Required("stake").AsAmount(new Amount(1), Amount.MaxValue),
                CommissionBps: entry.Required("commissionBps").AsUInt32(0, Bps.Whole));
            entry.EnsureNoUnknownFields();
            if (provers.Exists(existing => existing.Address == prover.Address))
            {
                throw addressField.Fail($"{prover.Address} is listed twice");
            }

            provers.Add(prover);
        }

        return provers;
    }
}
