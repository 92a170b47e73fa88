using ProverNet.Core;
using ProverNet.Core.Rlp;
using ProverNet.Core.Transactions;

namespace ProverNet.Derivation.Batches;

/// <summary>
/// The fields of an EIP-1559 call a batch keeps in its columns, and the one encoding they give back: the encoder keeps a
/// transaction split only when this encoding is its raw bytes, so the decoder's result is exactly what was signed.
/// </summary>
internal readonly record struct SplitTransaction(
    ulong ChainId, ulong Nonce, ulong MaxPriorityFeePerGas, ulong MaxFeePerGas, ulong GasLimit, Address To, ulong Value, byte[] Data, byte YParity, UInt256 R, UInt256 S)
{
    /// <summary>The fields of <paramref name="raw"/> when it is a transaction a batch can split exactly.</summary>
    public static bool TrySplit(byte[] raw, TransactionDecoder decoder, out SplitTransaction split)
    {
        split = default;
        if (!decoder.TryDecode(raw, out var tx, out _) || tx.Type != TransactionType.DynamicFee || tx.AccessList.Count > 0 || tx.To is not { } to
            || !tx.MaxPriorityFeePerGas.FitsInUInt64 || !tx.MaxFeePerGas.FitsInUInt64 || !tx.Value.FitsInUInt64 || tx.ChainId is not { } chainId)
        {
            return false;
        }

        split = new SplitTransaction(
            chainId, tx.Nonce, tx.MaxPriorityFeePerGas.Low64, tx.MaxFeePerGas.Low64, tx.GasLimit, to, tx.Value.Low64, tx.Data.ToArray(), tx.YParity, tx.R, tx.S);
        return split.Encode().AsSpan().SequenceEqual(raw);
    }

    /// <summary><c>0x02 ‖ rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gas, to, value, data, [], yParity, r, s])</c>.</summary>
    public byte[] Encode() =>
    [
        (byte)TransactionType.DynamicFee,
        .. RlpWriter.EncodeList(
            RlpWriter.EncodeUInt256(ChainId),
            RlpWriter.EncodeUInt256(Nonce),
            RlpWriter.EncodeUInt256(MaxPriorityFeePerGas),
            RlpWriter.EncodeUInt256(MaxFeePerGas),
            RlpWriter.EncodeUInt256(GasLimit),
            RlpWriter.EncodeString(To.ToArray()),
            RlpWriter.EncodeUInt256(Value),
            RlpWriter.EncodeString(Data),
            RlpWriter.EncodeList(),
            RlpWriter.EncodeUInt256(YParity),
            RlpWriter.EncodeUInt256(R),
            RlpWriter.EncodeUInt256(S)),
    ];
}
