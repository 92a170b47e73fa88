using ProverNet.Core;

namespace ProverNet.Node.Devnet;

/// <summary>A funded account of a local development chain, with its private key.</summary>
/// <param name="Index">Position in the development mnemonic's derivation (m/44'/60'/0'/0/index).</param>
/// <param name="Address">The account's address.</param>
/// <param name="PrivateKey">Its private key, <c>0x</c>-prefixed hex.</param>
public sealed record DevAccount(int Index, Address Address, string PrivateKey);
