using ProverNet.Chain.Blocks;
using ProverNet.Chain.L1Inputs;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.Tests.L1Inputs;

public class L1InputDecoderTests
{
    private static readonly L1LogId Log = new(ulong.MaxValue, uint.MaxValue);
    private static readonly Address Prover = Address.Parse("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65");
    private static readonly Address Delegator = Address.Parse("0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc");
    private static readonly Amount Max = Amount.MaxValue;

    public static TheoryData<IL1Input> EveryKind => new()
    {
        new DepositInput(Log, ulong.MaxValue, Delegator, Prover, Max),
        new ProverInitializedInput(Log, Prover),
        new StakeUpdatedInput(Log, Prover, Max, Amount.Zero),
        new StakeMovedInput(Log, StakeMovement.Staked, Prover, Delegator, new Amount(1)),
        new StakeMovedInput(Log, StakeMovement.UnstakeRequested, Prover, Prover, Max),
        new ProverStatusInput(Log, Prover, ProverStatus.Jailed),
        new JailedInput(Log, Prover, 1_800_000_000),
        new UnjailedInput(Log, Prover),
        new ParameterChangedInput(Log, ParameterKeys.Class, 7, new byte[] { 0, 1, 2 }),
        new ProofVerifiedInput(Log, 42, Prover, Keccak256.Hash([1]), Keccak256.Hash([2]), 1_700_000_000),
        new SlashedInput(Log, Prover, Max, Keccak256.Hash([3])),
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Decode_BuiltTransaction_ReturnsTheSameInput(IL1Input input)
    {
        var transaction = SystemTransaction.Decode(input.ToSystemTransaction().Encode());

        Assert.Equal((byte)input.Kind, transaction.Kind);
        Assert.Equal(input, L1InputDecoder.Decode(transaction));
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Decode_MissingLastField_Throws(IL1Input input) =>
        AssertMalformed(WithItems(input, items => items.RemoveAt(items.Count - 1)), "missing");

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Decode_ExtraField_Throws(IL1Input input) =>
        AssertMalformed(WithItems(input, items => items.Add(RlpWriter.EncodeString([1]))), "more fields than expected");

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Decode_TrailingByte_Throws(IL1Input input)
    {
        var transaction = input.ToSystemTransaction();

        AssertMalformed(transaction with { Payload = (byte[])[.. transaction.Payload.Span, 0x80] }, "TrailingBytes");
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void ToSystemTransaction_OtherLogIndex_OtherHash(IL1Input input)
    {
        var moved = input.ToSystemTransaction();
        var other = WithItems(input, items => items[1] = RlpWriter.EncodeString([7]));

        Assert.NotEqual(moved.ComputeHash(), other.ComputeHash());
    }

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x0C)]
    [InlineData(0x80)]
    public void Decode_UnknownKind_Throws(byte kind) =>
        AssertMalformed(new SystemTransaction(kind, new ProverInitializedInput(Log, Prover).ToSystemTransaction().Payload), "is not an L1 input");

    [Fact]
    public void Decode_LogIndexAbove32Bits_Throws() =>
        AssertMalformed(WithItems(new UnjailedInput(Log, Prover), items => items[1] = RlpWriter.EncodeString([1, 0, 0, 0, 0])), "LogIndex: 4294967296 does not fit in 32 bits");

    [Fact]
    public void Decode_ShortAddress_Throws() =>
        AssertMalformed(WithItems(new UnjailedInput(Log, Prover), items => items[2] = RlpWriter.EncodeString(new byte[19])), "expected 20 bytes");

    [Fact]
    public void Decode_NonCanonicalNumber_Throws() =>
        AssertMalformed(WithItems(new JailedInput(Log, Prover, 5), items => items[3] = RlpWriter.EncodeString([0, 5])), "Until: Leading");

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Decode_UnknownL1Status_Throws(byte status) =>
        AssertMalformed(WithItems(new ProverStatusInput(Log, Prover, ProverStatus.Active), items => items[3] = RlpWriter.EncodeString(status == 0 ? [] : [status])), $"L1 prover status {status}");

    [Fact]
    public void Decode_PayloadNotAList_Throws() =>
        AssertMalformed(new SystemTransaction((byte)L1InputKind.Deposit, RlpWriter.EncodeString([1, 2])), "Deposit input");

    private static void AssertMalformed(SystemTransaction transaction, string reason)
    {
        var error = Assert.Throws<L1InputDecodingException>(() => L1InputDecoder.Decode(transaction));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    // Rebuilds the payload list from its items after the caller changed them.
    private static SystemTransaction WithItems(IL1Input input, Action<List<byte[]>> change)
    {
        var transaction = input.ToSystemTransaction();
        var payload = transaction.Payload.ToArray();
        var outer = new RlpReader(payload);
        Assert.True(outer.TryReadList(out var list, out _));
        var header = payload.Length - ListLength(payload);
        var items = new List<byte[]>();
        while (!list.IsAtEnd)
        {
            var start = list.Position;
            Assert.True(list.TryReadItem(out _, out _, out _));
            items.Add(payload.AsSpan(header + start, list.Position - start).ToArray());
        }

        change(items);
        return transaction with { Payload = RlpWriter.EncodeList([.. items]) };
    }

    private static int ListLength(byte[] payload)
    {
        if (payload[0] <= 0xf7)
        {
            return payload[0] - 0xc0;
        }

        var length = 0;
        for (var i = 1; i <= payload[0] - 0xf7; i++)
        {
            length = (length << 8) | payload[i];
        }

        return length;
    }
}
