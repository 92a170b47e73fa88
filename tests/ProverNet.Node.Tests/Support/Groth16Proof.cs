using System.Numerics;
using ProverNet.Core;

namespace ProverNet.Node.Tests.Support;

/// <summary>A Groth16 proof as ProofVerifier takes it.</summary>
/// <param name="Proof">abi.encode(uint256[2] a, uint256[4] b, uint256[2] c).</param>
/// <param name="PublicInputs">The public signals, in snarkjs order.</param>
public sealed record Groth16Proof(byte[] Proof, IReadOnlyList<BigInteger> PublicInputs)
{
    /// <summary>keccak256(abi.encodePacked(publicInputs)): what a bid names and ProofVerified reports.</summary>
    public Hash256 PublicInputsHash
    {
        get
        {
            var packed = new byte[32 * PublicInputs.Count];
            for (var i = 0; i < PublicInputs.Count; i++)
            {
                PublicInputs[i].TryWriteBytes(packed.AsSpan(32 * i, 32)[^PublicInputs[i].GetByteCount(isUnsigned: true)..], out _, isUnsigned: true, isBigEndian: true);
            }

            return Keccak256.Hash(packed);
        }
    }
}
