namespace ProverNet.Chain.Market;

/// <summary>A decoded call to the Market system address (<c>contracts/l2/IProverMarket.sol</c>).</summary>
public abstract record MarketCall;
