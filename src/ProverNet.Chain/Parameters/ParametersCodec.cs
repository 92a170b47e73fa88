using ProverNet.Auction;
using ProverNet.Chain.Genesis;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.Parameters;

/// <summary>
/// The canonical state encoding of the whole <see cref="ProtocolParameters"/> record: one RLP list led by a version
/// number, so a later layout can be told apart from this one. RLP is already the chain's strict canonical form (minimal
/// integers, no trailing bytes), so every parameter set has exactly one encoding and hence one state root.
/// </summary>
/// <remarks>
/// Version 2: <c>[2, maxProofSize, minSecurityBits, slashBps, marketFeeBps, [intervalBlocks, thickMarketMinOrders,
/// referenceStepBps], [intrinsic, calldataZeroByte, calldataNonZeroByte, submitBid, submitOffer, cancel, withdrawal,
/// initialBaseFee, minBaseFee, baseFeeChangeDenominator, elasticityMultiplier], [class...], [pipeline...]]</c> with a
/// class <c>[id, name, proofSystem, minUnits, maxUnits, provingWindowSec, maxOrderLifetimeSec, minProverStake, jobStakeBps, maxProofBytes,
/// securityBits, initialReferencePrice, enabled (0/1)]</c> and a pipeline <c>[id, name, [stage...]]</c>. Version 1 (no
/// <c>maxOrderLifetimeSec</c>) is not read: a chain started before it begins again from its genesis.
/// </remarks>
public static class ParametersCodec
{
    /// <summary>The layout version this code writes and reads.</summary>
    public const ulong Version = 2;

    private const string What = "governed parameters";

    /// <summary>The canonical encoding of <paramref name="parameters"/>.</summary>
    public static byte[] Encode(ProtocolParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var auction = parameters.Auction;
        var gas = parameters.Gas;
        return RlpItems.ListOf([
            RlpItems.OfNumber(Version),
            RlpItems.OfNumber(parameters.MaxProofSize),
            RlpItems.OfNumber(parameters.MinSecurityBits),
            RlpItems.OfNumber(parameters.SlashBps),
            RlpItems.OfNumber(parameters.MarketFeeBps),
            RlpItems.ListOf([
                RlpItems.OfNumber(auction.IntervalBlocks),
                RlpItems.OfNumber(auction.Clearing.ThickMarketMinOrders),
                RlpItems.OfNumber(auction.Clearing.ReferenceStepBps)]),
            RlpItems.ListOf([
                RlpItems.OfNumber(gas.Intrinsic),
                RlpItems.OfNumber(gas.CalldataZeroByte),
                RlpItems.OfNumber(gas.CalldataNonZeroByte),
                RlpItems.OfNumber(gas.SubmitBid),
                RlpItems.OfNumber(gas.SubmitOffer),
                RlpItems.OfNumber(gas.Cancel),
                RlpItems.OfNumber(gas.Withdrawal),
                RlpItems.OfAmount(gas.InitialBaseFee),
                RlpItems.OfAmount(gas.MinBaseFee),
                RlpItems.OfNumber(gas.BaseFeeChangeDenominator),
                RlpItems.OfNumber(gas.ElasticityMultiplier)]),
            RlpItems.ListOf([.. parameters.Classes.Select(EncodeClass)]),
            RlpItems.ListOf([.. parameters.Pipelines.Select(EncodePipeline)])]);
    }

    /// <summary>Reads <see cref="Encode"/>'s output.</summary>
    /// <exception cref="InvalidDataException">Not a canonical version-1 encoding: the stored state is corrupt.</exception>
    public static ProtocolParameters Decode(ReadOnlySpan<byte> encoding)
    {
        try
        {
            return Read(encoding);
        }
        catch (RlpDecodingException error)
        {
            throw new InvalidDataException($"the governed parameters in the state are corrupt: {error.Message}", error);
        }
    }

    private static ProtocolParameters Read(ReadOnlySpan<byte> encoding)
    {
        var fields = StrictRlpReader.OpenList(encoding, What);
        var version = fields.ReadNumber("version");
        if (version != Version)
        {
            throw new RlpDecodingException($"{What}: layout version {version} is unknown, this node reads version {Version}");
        }

        var maxProofSize = ReadUInt32(ref fields, nameof(ProtocolParameters.MaxProofSize));
        var minSecurityBits = ReadUInt32(ref fields, nameof(ProtocolParameters.MinSecurityBits));
        var slashBps = ReadUInt32(ref fields, nameof(ProtocolParameters.SlashBps));
        var marketFeeBps = ReadUInt32(ref fields, nameof(ProtocolParameters.MarketFeeBps));
        var auctionFields = fields.ReadList(nameof(ProtocolParameters.Auction));
        var auction = new AuctionParameters(
            ReadUInt32(ref auctionFields, nameof(AuctionParameters.IntervalBlocks)),
            new AuctionSettings(
                ReadUInt32(ref auctionFields, nameof(AuctionSettings.ThickMarketMinOrders)),
                ReadUInt32(ref auctionFields, nameof(AuctionSettings.ReferenceStepBps))));
        auctionFields.EnsureAtEnd();
        var gas = ReadGas(fields.ReadList(nameof(ProtocolParameters.Gas)));
        var classes = new List<MarketClass>();
        for (var items = fields.ReadList(nameof(ProtocolParameters.Classes)); !items.IsAtEnd;)
        {
            classes.Add(ReadClass(items.ReadList("class")));
        }

        var pipelines = new List<PipelineTemplate>();
        for (var items = fields.ReadList(nameof(ProtocolParameters.Pipelines)); !items.IsAtEnd;)
        {
            pipelines.Add(ReadPipeline(items.ReadList("pipeline")));
        }

        fields.EnsureAtEnd();
        return new ProtocolParameters(maxProofSize, minSecurityBits, slashBps, marketFeeBps, auction, gas, classes, pipelines);
    }

    private static byte[] EncodeClass(MarketClass c) => RlpItems.ListOf([
        RlpItems.OfNumber(c.Id),
        RlpItems.OfBytes(System.Text.Encoding.UTF8.GetBytes(c.Name)),
        RlpItems.OfBytes(System.Text.Encoding.UTF8.GetBytes(c.ProofSystem)),
        RlpItems.OfNumber(c.MinUnits),
        RlpItems.OfNumber(c.MaxUnits),
        RlpItems.OfNumber(c.ProvingWindowSec),
        RlpItems.OfNumber(c.MaxOrderLifetimeSec),
        RlpItems.OfAmount(c.MinProverStake),
        RlpItems.OfNumber(c.JobStakeBps),
        RlpItems.OfNumber(c.MaxProofBytes),
        RlpItems.OfNumber(c.SecurityBits),
        RlpItems.OfAmount(new Amount(c.InitialReferencePrice)),
        RlpItems.OfNumber(c.Enabled ? 1UL : 0UL)]);

    private static byte[] EncodePipeline(PipelineTemplate p) => RlpItems.ListOf([
        RlpItems.OfNumber(p.Id),
        RlpItems.OfBytes(System.Text.Encoding.UTF8.GetBytes(p.Name)),
        RlpItems.ListOf([.. p.Stages.Select(stage => RlpItems.OfNumber(stage))])]);

    private static GasSchedule ReadGas(StrictRlpReader fields)
    {
        var gas = new GasSchedule(
            Intrinsic: fields.ReadNumber(nameof(GasSchedule.Intrinsic)),
            CalldataZeroByte: fields.ReadNumber(nameof(GasSchedule.CalldataZeroByte)),
            CalldataNonZeroByte: fields.ReadNumber(nameof(GasSchedule.CalldataNonZeroByte)),
            SubmitBid: fields.ReadNumber(nameof(GasSchedule.SubmitBid)),
            SubmitOffer: fields.ReadNumber(nameof(GasSchedule.SubmitOffer)),
            Cancel: fields.ReadNumber(nameof(GasSchedule.Cancel)),
            Withdrawal: fields.ReadNumber(nameof(GasSchedule.Withdrawal)),
            InitialBaseFee: fields.ReadAmount(nameof(GasSchedule.InitialBaseFee)),
            MinBaseFee: fields.ReadAmount(nameof(GasSchedule.MinBaseFee)),
            BaseFeeChangeDenominator: ReadUInt32(ref fields, nameof(GasSchedule.BaseFeeChangeDenominator)),
            ElasticityMultiplier: ReadUInt32(ref fields, nameof(GasSchedule.ElasticityMultiplier)));
        fields.EnsureAtEnd();
        return gas;
    }

    private static MarketClass ReadClass(StrictRlpReader fields)
    {
        var marketClass = new MarketClass(
            Id: ReadUInt32(ref fields, nameof(MarketClass.Id)),
            Name: fields.ReadUtf8(nameof(MarketClass.Name)),
            ProofSystem: fields.ReadUtf8(nameof(MarketClass.ProofSystem)),
            MinUnits: ReadUInt32(ref fields, nameof(MarketClass.MinUnits)),
            MaxUnits: ReadUInt32(ref fields, nameof(MarketClass.MaxUnits)),
            ProvingWindowSec: ReadUInt32(ref fields, nameof(MarketClass.ProvingWindowSec)),
            MaxOrderLifetimeSec: ReadOrderLifetime(ref fields),
            MinProverStake: fields.ReadAmount(nameof(MarketClass.MinProverStake)),
            JobStakeBps: ReadUInt32(ref fields, nameof(MarketClass.JobStakeBps)),
            MaxProofBytes: ReadUInt32(ref fields, nameof(MarketClass.MaxProofBytes)),
            SecurityBits: ReadUInt32(ref fields, nameof(MarketClass.SecurityBits)),
            InitialReferencePrice: fields.ReadAmount(nameof(MarketClass.InitialReferencePrice)).Wei,
            Enabled: fields.ReadNumber(nameof(MarketClass.Enabled)) switch
            {
                0 => false,
                1 => true,
                var other => throw new RlpDecodingException($"{What}: class flag {nameof(MarketClass.Enabled)} is {other}, not 0 or 1"),
            });
        fields.EnsureAtEnd();
        return marketClass;
    }

    private static PipelineTemplate ReadPipeline(StrictRlpReader fields)
    {
        var id = ReadUInt32(ref fields, nameof(PipelineTemplate.Id));
        var name = fields.ReadUtf8(nameof(PipelineTemplate.Name));
        var stages = new List<uint>();
        for (var items = fields.ReadList(nameof(PipelineTemplate.Stages)); !items.IsAtEnd;)
        {
            stages.Add(ReadUInt32(ref items, "stage"));
        }

        fields.EnsureAtEnd();
        return new PipelineTemplate(id, name, stages);
    }

    // A lifetime outside the governed bounds cannot have come from genesis or governance: the entry is corrupt.
    private static uint ReadOrderLifetime(ref StrictRlpReader fields)
    {
        var lifetime = ReadUInt32(ref fields, nameof(MarketClass.MaxOrderLifetimeSec));
        return OrderLifetimeBounds.Contains(lifetime)
            ? lifetime
            : throw new RlpDecodingException(
                $"{What}.{nameof(MarketClass.MaxOrderLifetimeSec)}: {lifetime} is not within {OrderLifetimeBounds.MinSec}..{OrderLifetimeBounds.MaxSec}");
    }

    private static uint ReadUInt32(ref StrictRlpReader fields, string field)
    {
        var value = fields.ReadNumber(field);
        return value <= uint.MaxValue ? (uint)value : throw new RlpDecodingException($"{What}.{field}: {value} does not fit in 32 bits");
    }
}
