using ProverNet.Core;
using ProverNet.Core.Abi;

namespace ProverNet.Derivation.Batches;

/// <summary>
/// The one call that posts a batch, <c>BatchInbox.submitBatch(bytes)</c> (contracts/rollup/BatchInbox.sol), and its
/// event: the batcher writes the call with <see cref="Encode"/>, derivation reads it back with <see cref="TryDecode"/>.
/// </summary>
public static class BatchInboxCall
{
    /// <summary>Largest batch the inbox takes (its <c>MAX_BATCH_SIZE</c>).</summary>
    public const int MaxBatchBytes = 128 * 1024;

    /// <summary>The selector of <c>submitBatch(bytes)</c>.</summary>
    public static FunctionSelector SubmitBatch { get; } = FunctionSelector.Of("submitBatch(bytes)");

    /// <summary>topic0 of <c>BatchSubmitted(uint256 indexed index, bytes32 indexed dataHash, uint256 size)</c>.</summary>
    public static Hash256 BatchSubmitted { get; } = Keccak256.Hash("BatchSubmitted(uint256,bytes32,uint256)"u8);

    /// <summary>The calldata posting <paramref name="batch"/>.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> batch) => SubmitBatch.Call(new AbiWriter().WriteBytes(batch).ToArray());

    /// <summary>The batch in <paramref name="calldata"/>, if it is exactly a canonical <c>submitBatch</c> call.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> calldata, out byte[] batch, out string reason)
    {
        batch = [];
        try
        {
            if (FunctionSelector.Read(calldata) != SubmitBatch)
            {
                reason = "the calldata is not a submitBatch(bytes) call";
                return false;
            }

            var arguments = calldata[4..];
            var data = new AbiReader(arguments).ReadBytes(0, MaxBatchBytes, "data");
            var canonicalLength = 64 + ((data.Length + 31) / 32 * 32);
            if (arguments.Length != canonicalLength || ReadOffset(arguments) != 32 || arguments[(64 + data.Length)..].ContainsAnyExcept((byte)0))
            {
                reason = "the submitBatch calldata is not canonically encoded";
                return false;
            }

            batch = data.ToArray();
            reason = string.Empty;
            return true;
        }
        catch (AbiDecodingException bad)
        {
            reason = $"the submitBatch calldata does not decode: {bad.Message}";
            return false;
        }
    }

    private static ulong ReadOffset(ReadOnlySpan<byte> arguments) => new AbiReader(arguments).ReadId(0, "offset");
}
