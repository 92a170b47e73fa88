using System.Text;
using ProverNet.Core;

namespace ProverNet.Chain.Parameters;

/// <summary>The <c>key</c>s of <c>ParameterChanged</c> events: keccak256 of the parameter's name, as ParameterRegistry declares them.</summary>
public static class ParameterKeys
{
    /// <summary><c>keccak256("maxProofSize")</c>; value <c>abi.encode(uint32)</c>.</summary>
    public static readonly Hash256 MaxProofSize = Of("maxProofSize");

    /// <summary><c>keccak256("minSecurityBits")</c>; value <c>abi.encode(uint16)</c>.</summary>
    public static readonly Hash256 MinSecurityBits = Of("minSecurityBits");

    /// <summary><c>keccak256("slashBps")</c>; value <c>abi.encode(uint16)</c>.</summary>
    public static readonly Hash256 SlashBps = Of("slashBps");

    /// <summary><c>keccak256("marketFeeBps")</c>; value <c>abi.encode(uint16)</c>.</summary>
    public static readonly Hash256 MarketFeeBps = Of("marketFeeBps");

    /// <summary><c>keccak256("auction")</c>; value <c>abi.encode(AuctionSettings)</c>.</summary>
    public static readonly Hash256 Auction = Of("auction");

    /// <summary><c>keccak256("gas")</c>; value <c>abi.encode(GasSchedule)</c>.</summary>
    public static readonly Hash256 Gas = Of("gas");

    /// <summary><c>keccak256("class")</c> (id = class id); value <c>abi.encode(MarketClass)</c>.</summary>
    public static readonly Hash256 Class = Of("class");

    /// <summary><c>keccak256("pipeline")</c> (id = pipeline id); value <c>abi.encode(Pipeline)</c>.</summary>
    public static readonly Hash256 Pipeline = Of("pipeline");

    private static readonly string[] Names = ["maxProofSize", "minSecurityBits", "slashBps", "marketFeeBps", "auction", "gas", "class", "pipeline"];

    /// <summary>The parameter name behind <paramref name="key"/>, or the key in hex when no parameter has it (for failure reasons).</summary>
    public static string NameOf(Hash256 key) => Array.Find(Names, name => Of(name) == key) ?? key.ToString();

    private static Hash256 Of(string name) => Keccak256.Hash(Encoding.ASCII.GetBytes(name));
}
