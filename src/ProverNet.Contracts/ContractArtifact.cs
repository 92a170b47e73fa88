namespace ProverNet.Contracts;

/// <summary>One compiled contract as Hardhat wrote it.</summary>
/// <param name="ContractName">The contract's name, e.g. <c>BrevToken</c>.</param>
/// <param name="SourceName">Its source file, e.g. <c>contracts/token/BrevToken.sol</c>.</param>
/// <param name="Abi">The ABI as a JSON array, ready for Nethereum.</param>
/// <param name="Bytecode">Creation bytecode, <c>0x</c>-prefixed; <c>0x</c> for interfaces and abstract contracts.</param>
/// <param name="DeployedBytecode">Runtime bytecode, <c>0x</c>-prefixed.</param>
public sealed record ContractArtifact(string ContractName, string SourceName, string Abi, string Bytecode, string DeployedBytecode)
{
    /// <summary>Whether the artifact can be deployed (it has creation code).</summary>
    public bool IsDeployable => Bytecode.Length > 2;
}
