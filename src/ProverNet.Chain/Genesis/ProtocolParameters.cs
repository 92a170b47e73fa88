using ProverNet.Auction;

namespace ProverNet.Chain.Genesis;

/// <summary>Governed parameters (docs/architecture.md §1, ParameterRegistry), as they stand at genesis.</summary>
/// <param name="MaxProofSize">Largest proof, in bytes, any class may accept.</param>
/// <param name="MinSecurityBits">Least security level any class may have.</param>
/// <param name="SlashBps">Share of a failed job's locked stake that is slashed, in basis points.</param>
/// <param name="MarketFeeBps">Share of a prover's pay kept by the treasury at fulfilment, in basis points.</param>
/// <param name="Auction">Clearing-rule settings.</param>
/// <param name="Gas">Gas schedule and base-fee settings.</param>
/// <param name="Classes">Market classes, in ascending id.</param>
/// <param name="Pipelines">Pipeline templates of composite jobs, in ascending id.</param>
public sealed record ProtocolParameters(
    uint MaxProofSize,
    uint MinSecurityBits,
    uint SlashBps,
    uint MarketFeeBps,
    AuctionParameters Auction,
    GasSchedule Gas,
    IReadOnlyList<MarketClass> Classes,
    IReadOnlyList<PipelineTemplate> Pipelines);
