using ProverNet.Auction;
using ProverNet.Chain.Genesis;
using ProverNet.Core;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Parameters;

/// <summary>
/// The ABI form of governed values exactly as ParameterRegistry writes them into <c>ParameterChanged</c>
/// (<c>abi.encode(value)</c> of the <c>IParameterRegistry</c> structs) and as the IL2Params views return them.
/// Decoding is strict: a value is accepted only if re-encoding it gives back the same bytes, so padding, offsets and
/// trailing bytes have exactly one accepted form.
/// </summary>
public static class ParameterValues
{
    /// <summary>Longest class or pipeline name (and proof-system name) the L2 keeps in its state, in UTF-8 bytes.</summary>
    public const int MaxNameBytes = 1024;

    /// <summary>Most stages of a pipeline (ParameterRegistry.MAX_PIPELINE_STAGES).</summary>
    public const int MaxPipelineStages = 8;

    private const int Word = 32;

    /// <summary><c>abi.encode(uintN)</c>.</summary>
    public static byte[] EncodeUInt(uint value) => new AbiWriter().WriteUInt(value).ToArray();

    /// <summary>Reads <c>abi.encode(uintN)</c> with <paramref name="bits"/> ≤ 32.</summary>
    /// <exception cref="AbiDecodingException">Not one word, or the value does not fit.</exception>
    public static uint DecodeUInt(ReadOnlySpan<byte> value, int bits, string name)
    {
        var reader = new AbiReader(value);
        reader.EnsureHeadLength(1, hasDynamicTail: false);
        return (uint)reader.ReadUInt(0, bits, name);
    }

    /// <summary><c>abi.encode(AuctionSettings)</c>: intervalBlocks, thickMarketMinOrders, referenceStepBps.</summary>
    public static byte[] EncodeAuction(AuctionParameters auction)
    {
        ArgumentNullException.ThrowIfNull(auction);
        return new AbiWriter().WriteUInt(auction.IntervalBlocks).WriteUInt(auction.Clearing.ThickMarketMinOrders)
            .WriteUInt(auction.Clearing.ReferenceStepBps).ToArray();
    }

    /// <summary>Reads <see cref="EncodeAuction"/>'s form.</summary>
    /// <exception cref="AbiDecodingException">Not exactly three words of uint32.</exception>
    public static AuctionParameters DecodeAuction(ReadOnlySpan<byte> value)
    {
        var reader = new AbiReader(value);
        reader.EnsureHeadLength(3, hasDynamicTail: false);
        return new AuctionParameters(
            (uint)reader.ReadUInt(0, 32, "intervalBlocks"),
            new AuctionSettings((uint)reader.ReadUInt(1, 32, "thickMarketMinOrders"), (uint)reader.ReadUInt(2, 32, "referenceStepBps")));
    }

    /// <summary><c>abi.encode(GasSchedule)</c> in the struct's field order (the base fees come last there).</summary>
    public static byte[] EncodeGas(GasSchedule gas)
    {
        ArgumentNullException.ThrowIfNull(gas);
        return new AbiWriter().WriteUInt(gas.Intrinsic).WriteUInt(gas.CalldataZeroByte).WriteUInt(gas.CalldataNonZeroByte)
            .WriteUInt(gas.SubmitBid).WriteUInt(gas.SubmitOffer).WriteUInt(gas.Cancel).WriteUInt(gas.Withdrawal)
            .WriteUInt(gas.BaseFeeChangeDenominator).WriteUInt(gas.ElasticityMultiplier)
            .WriteUInt(gas.InitialBaseFee.Wei).WriteUInt(gas.MinBaseFee.Wei).ToArray();
    }

    /// <summary>Reads <see cref="EncodeGas"/>'s form.</summary>
    /// <exception cref="AbiDecodingException">Not exactly eleven words, or a value does not fit its type.</exception>
    public static GasSchedule DecodeGas(ReadOnlySpan<byte> value)
    {
        var reader = new AbiReader(value);
        reader.EnsureHeadLength(11, hasDynamicTail: false);
        return new GasSchedule(
            Intrinsic: reader.ReadUInt(0, 64, "intrinsic"),
            CalldataZeroByte: reader.ReadUInt(1, 64, "calldataZeroByte"),
            CalldataNonZeroByte: reader.ReadUInt(2, 64, "calldataNonZeroByte"),
            SubmitBid: reader.ReadUInt(3, 64, "submitBid"),
            SubmitOffer: reader.ReadUInt(4, 64, "submitOffer"),
            Cancel: reader.ReadUInt(5, 64, "cancel"),
            Withdrawal: reader.ReadUInt(6, 64, "withdrawal"),
            BaseFeeChangeDenominator: (uint)reader.ReadUInt(7, 32, "baseFeeChangeDenominator"),
            ElasticityMultiplier: (uint)reader.ReadUInt(8, 32, "elasticityMultiplier"),
            InitialBaseFee: new Amount(reader.ReadUInt128(9, 128, "initialBaseFee")),
            MinBaseFee: new Amount(reader.ReadUInt128(10, 128, "minBaseFee")));
    }

    /// <summary><c>abi.encode(MarketClass)</c>: a dynamic tuple, so an offset word (0x20) precedes its fields.</summary>
    public static byte[] EncodeClass(MarketClass marketClass)
    {
        ArgumentNullException.ThrowIfNull(marketClass);
        return WithTupleOffset(new AbiWriter()
            .WriteUInt(marketClass.Id).WriteUInt(marketClass.MinUnits).WriteUInt(marketClass.MaxUnits)
            .WriteUInt(marketClass.ProvingWindowSec).WriteUInt(marketClass.MaxOrderLifetimeSec).WriteUInt(marketClass.MaxProofBytes).WriteUInt(marketClass.JobStakeBps)
            .WriteUInt(marketClass.SecurityBits).WriteUInt(marketClass.Enabled ? 1U : 0U).WriteUInt(marketClass.MinProverStake.Wei)
            .WriteUInt(marketClass.InitialReferencePrice).WriteString(marketClass.Name).WriteString(marketClass.ProofSystem)
            .ToArray());
    }

    /// <summary>Reads <see cref="EncodeClass"/>'s form.</summary>
    /// <exception cref="AbiDecodingException">A field does not fit its type, a name is too long or not UTF-8, or the encoding is not canonical.</exception>
    public static MarketClass DecodeClass(ReadOnlySpan<byte> value)
    {
        var fields = new AbiReader(TupleBody(value));
        fields.EnsureHeadLength(13, hasDynamicTail: true);
        var marketClass = new MarketClass(
            Id: (uint)fields.ReadUInt(0, 32, "id"),
            Name: fields.ReadString(11, MaxNameBytes, "name"),
            ProofSystem: fields.ReadString(12, MaxNameBytes, "proofSystem"),
            MinUnits: (uint)fields.ReadUInt(1, 32, "minUnits"),
            MaxUnits: (uint)fields.ReadUInt(2, 32, "maxUnits"),
            ProvingWindowSec: (uint)fields.ReadUInt(3, 32, "provingWindowSec"),
            MaxOrderLifetimeSec: (uint)fields.ReadUInt(4, 32, "maxOrderLifetimeSec"),
            MinProverStake: new Amount(fields.ReadUInt128(9, 128, "minProverStake")),
            JobStakeBps: (uint)fields.ReadUInt(6, 16, "jobStakeBps"),
            MaxProofBytes: (uint)fields.ReadUInt(5, 32, "maxProofBytes"),
            SecurityBits: (uint)fields.ReadUInt(7, 16, "securityBits"),
            InitialReferencePrice: fields.ReadUInt128(10, 96, "initialReferencePrice"),
            Enabled: fields.ReadUInt(8, 8, "enabled") switch
            {
                0 => false,
                1 => true,
                _ => throw new AbiDecodingException("enabled: not a bool (0 or 1)"),
            });
        return EnsureCanonical(value, marketClass, EncodeClass);
    }

    /// <summary><c>abi.encode(Pipeline)</c>: offset word, then id, name and the stage class ids.</summary>
    public static byte[] EncodePipeline(PipelineTemplate pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return WithTupleOffset(new AbiWriter().WriteUInt(pipeline.Id).WriteString(pipeline.Name).WriteUIntArray(pipeline.Stages).ToArray());
    }

    /// <summary>Reads <see cref="EncodePipeline"/>'s form.</summary>
    /// <exception cref="AbiDecodingException">More than <see cref="MaxPipelineStages"/> stages, a field does not fit, or the encoding is not canonical.</exception>
    public static PipelineTemplate DecodePipeline(ReadOnlySpan<byte> value)
    {
        var body = TupleBody(value);
        var fields = new AbiReader(body);
        fields.EnsureHeadLength(3, hasDynamicTail: true);
        var id = (uint)fields.ReadUInt(0, 32, "id");
        var name = fields.ReadString(1, MaxNameBytes, "name");
        var stagesAt = fields.ReadId(2, "stages");
        if (stagesAt % Word != 0 || stagesAt > (ulong)(body.Length - Word))
        {
            throw new AbiDecodingException($"stages: offset {stagesAt} points outside the value");
        }

        var array = new AbiReader(body[(int)stagesAt..]);
        var count = array.ReadId(0, "stages length");
        if (count > MaxPipelineStages)
        {
            throw new AbiDecodingException($"stages: {count} stages, at most {MaxPipelineStages} allowed");
        }

        var stages = new uint[count];
        for (var i = 0; i < stages.Length; i++)
        {
            stages[i] = (uint)array.ReadUInt(1 + i, 32, $"stages[{i}]");
        }

        return EnsureCanonical(value, new PipelineTemplate(id, name, stages), EncodePipeline);
    }

    private static byte[] WithTupleOffset(byte[] body)
    {
        var value = new byte[Word + body.Length];
        value[Word - 1] = Word;
        body.CopyTo(value, Word);
        return value;
    }

    // abi.encode of one dynamic tuple: the first word is the tuple's offset, which is always 0x20.
    private static ReadOnlySpan<byte> TupleBody(ReadOnlySpan<byte> value)
    {
        var outer = new AbiReader(value);
        outer.EnsureHeadLength(1, hasDynamicTail: true);
        var offset = outer.ReadId(0, "tuple offset");
        return offset == Word ? value[Word..] : throw new AbiDecodingException($"tuple offset is {offset}, abi.encode writes {Word}");
    }

    private static T EnsureCanonical<T>(ReadOnlySpan<byte> value, T decoded, Func<T, byte[]> encode) =>
        value.SequenceEqual(encode(decoded))
            ? decoded
            : throw new AbiDecodingException("the value is not the canonical abi.encode form (padding, offsets or trailing bytes differ)");
}
