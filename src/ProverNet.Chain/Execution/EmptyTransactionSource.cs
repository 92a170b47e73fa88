using ProverNet.Core.Transactions;

namespace ProverNet.Chain.Execution;

/// <summary>A source with nothing in it: blocks with system transactions only.</summary>
public sealed class EmptyTransactionSource : ITransactionSource
{
    /// <summary>The one instance.</summary>
    public static EmptyTransactionSource Instance { get; } = new();

    private EmptyTransactionSource()
    {
    }

    /// <inheritdoc/>
    public SignedTransaction? Next() => null;

    /// <inheritdoc/>
    public void Resolve(SignedTransaction transaction, PickResult result) =>
        throw new InvalidOperationException("the empty source returned no transaction to resolve");
}
