namespace ProverNet.Contracts;

/// <summary>No compiled contract has the requested name.</summary>
public sealed class UnknownContractException : KeyNotFoundException
{
    /// <summary>Creates the error, listing the contracts that do exist.</summary>
    public UnknownContractException(string contractName, IReadOnlyList<string> known)
        : base($"no compiled contract is named '{contractName}'; known contracts: {string.Join(", ", known)}")
    {
        ContractName = contractName;
    }

    /// <summary>The name that was asked for.</summary>
    public string ContractName { get; }
}
