using ProverNet.Core;

namespace ProverNet.Chain.Genesis;

/// <summary>An amount of BREV given to an account at genesis.</summary>
public readonly record struct Allocation(Address Address, Amount Amount);
