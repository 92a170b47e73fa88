namespace ProverNet.Auction;

/// <summary>One prover's part of a match: its offer and its total pay <c>P_r</c> for the job (docs/clearing-rule.md §3.6).</summary>
/// <param name="OfferId">The winning offer.</param>
/// <param name="Pay">Gross pay for the whole job, before the market fee taken at fulfilment.</param>
public readonly record struct ProverAssignment(ulong OfferId, UInt128 Pay);
