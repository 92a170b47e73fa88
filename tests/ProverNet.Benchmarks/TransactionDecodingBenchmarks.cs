using BenchmarkDotNet.Attributes;
using ProverNet.Core;
using ProverNet.Core.Rlp;
using ProverNet.Core.Transactions;
using Secp256k1Net;

namespace ProverNet.Benchmarks;

/// <summary>
/// Decode + validate + recover the sender of one EIP-1559 transfer, beside the raw native recovery call it is bounded by
/// (the ratio shows what decoding and keccak add).
/// </summary>
[MemoryDiagnoser]
public class TransactionDecodingBenchmarks
{
    private readonly TransactionDecoder decoder = new(expectedChainId: 1);
    private readonly byte[] messageHash = new byte[32];
    private readonly byte[] compactSignature = new byte[64];
    private byte[] raw = [];
    private int recoveryId;

    /// <summary>Signs one type-2 transfer with 4 bytes of calldata.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var secretKey = Convert.FromHexString(string.Concat(Enumerable.Repeat("46", 32)));
        byte[][] fields =
        [
            RlpWriter.EncodeUInt256(1UL), RlpWriter.EncodeUInt256(7UL), RlpWriter.EncodeUInt256(1_000_000_000UL),
            RlpWriter.EncodeUInt256(30_000_000_000UL), RlpWriter.EncodeUInt256(60_000UL),
            RlpWriter.EncodeString(Convert.FromHexString("0000000000000000000000000000000000000b01")),
            RlpWriter.EncodeUInt256(1_000_000_000_000_000UL), RlpWriter.EncodeString([0xde, 0xad, 0xbe, 0xef]), [0xc0],
        ];
        Keccak256.Hash([2, .. RlpWriter.EncodeList(fields)], messageHash);
        var (signature, recid) = Secp256k1.SignRecoverable(messageHash, secretKey);
        signature.CopyTo(compactSignature, 0);
        recoveryId = recid;
        var r = UInt256.FromBigEndian(signature.AsSpan(0, 32));
        var s = UInt256.FromBigEndian(signature.AsSpan(32, 32));
        raw = [2, .. RlpWriter.EncodeList([.. fields, RlpWriter.EncodeUInt256((ulong)recid), RlpWriter.EncodeUInt256(r), RlpWriter.EncodeUInt256(s)])];
        if (!decoder.TryDecode(raw, out _, out var error))
        {
            throw new InvalidOperationException(error.ToString());
        }
    }

    /// <summary>Full decode: RLP, validity rules, signing hash, recovery, transaction hash.</summary>
    [Benchmark]
    public SignedTransaction? DecodeAndRecoverType2()
    {
        decoder.TryDecode(raw, out var transaction, out _);
        return transaction;
    }

    /// <summary>The native library alone: the same recovery via Secp256k1.Net's allocating convenience call.</summary>
    [Benchmark(Baseline = true)]
    public byte[] NativeRecoverOnly() => Secp256k1.RecoverPublicKey(compactSignature, (byte)recoveryId, messageHash, compressed: false);
}
