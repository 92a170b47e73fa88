namespace ProverNet.Chain.Execution;

/// <summary>A rejected transaction: the reason and a message for the JSON-RPC error.</summary>
public sealed record AdmissionRejection(AdmissionError Error, string Message);
