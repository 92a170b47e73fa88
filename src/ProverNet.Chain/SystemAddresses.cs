using ProverNet.Core;

namespace ProverNet.Chain;

/// <summary>The fixed addresses the node implements natively (docs/architecture.md §3); any other call target is an error.</summary>
public static class SystemAddresses
{
    /// <summary><c>IProverMarket</c>: bids, offers, cancellations and market views.</summary>
    public static readonly Address Market = Address.Parse("0x0000000000000000000000000000000000000B01");

    /// <summary><c>IL2Bridge</c>: withdrawals to L1.</summary>
    public static readonly Address Bridge = Address.Parse("0x0000000000000000000000000000000000000B02");

    /// <summary><c>IL2Params</c>: governed parameters, read-only.</summary>
    public static readonly Address Params = Address.Parse("0x0000000000000000000000000000000000000B03");
}
