namespace ProverNet.Auction;

/// <summary>A round's input breaks a rule of docs/clearing-rule.md; <see cref="OrderId"/> names the order when one is at fault.</summary>
public sealed class AuctionInputException : ArgumentException
{
    /// <summary>An error about the order <paramref name="orderId"/> on <paramref name="side"/>.</summary>
    public AuctionInputException(AuctionInputError error, OrderSide side, ulong orderId, string message)
        : base($"{side} {orderId}: {message}")
    {
        Error = error;
        Side = side;
        OrderId = orderId;
        Detail = message;
    }

    /// <summary>An error about the class table or the pipelines, not about one order.</summary>
    public AuctionInputException(AuctionInputError error, string message)
        : base(message)
    {
        Error = error;
        Detail = message;
    }

    /// <summary>What is wrong.</summary>
    public AuctionInputError Error { get; }

    /// <summary>What is wrong, without naming the order (the message names it).</summary>
    public string Detail { get; }

    /// <summary>The book of the faulty order, if an order is at fault.</summary>
    public OrderSide? Side { get; }

    /// <summary>The faulty order's id, if an order is at fault.</summary>
    public ulong? OrderId { get; }
}
