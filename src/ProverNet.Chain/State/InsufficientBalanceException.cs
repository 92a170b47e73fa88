using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>A debit larger than the account's balance; nothing was changed.</summary>
public sealed class InsufficientBalanceException : InvalidOperationException
{
    /// <summary>Creates the error.</summary>
    public InsufficientBalanceException(Address account, Amount balance, Amount required)
        : base($"{account} has {balance} wei, needs {required}")
    {
        Account = account;
        Balance = balance;
        Required = required;
    }

    /// <summary>The account debited.</summary>
    public Address Account { get; }

    /// <summary>Its balance.</summary>
    public Amount Balance { get; }

    /// <summary>What the debit needed.</summary>
    public Amount Required { get; }
}
