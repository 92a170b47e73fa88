using ProverNet.Chain.Blocks;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.L1Inputs;

/// <summary>RollupBridge <c>DepositInitiated(nonce, from, l2Recipient, amount)</c>: the L2 mints <paramref name="Amount"/> to the recipient.</summary>
/// <param name="Log">The L1 log.</param>
/// <param name="Nonce">Deposit nonce on L1 (a uint256 there; derivation rejects nonces from 2^64, which L1 cannot reach).</param>
/// <param name="From">The L1 sender.</param>
/// <param name="L2Recipient">The L2 account credited.</param>
/// <param name="Amount">BREV wei (below 2^128: the whole fixed supply fits).</param>
public readonly record struct DepositInput(L1LogId Log, ulong Nonce, Address From, Address L2Recipient, Amount Amount) : IL1Input
{
    /// <inheritdoc/>
    public L1InputKind Kind => L1InputKind.Deposit;

    /// <inheritdoc/>
    public SystemTransaction ToSystemTransaction() =>
        L1Payload.Build(Kind, Log, RlpItems.OfNumber(Nonce), RlpItems.OfAddress(From), RlpItems.OfAddress(L2Recipient), RlpItems.OfAmount(Amount));

    internal static DepositInput Read(ref StrictRlpReader fields, L1LogId log) =>
        new(log, fields.ReadNumber(nameof(Nonce)), fields.ReadAddress(nameof(From)), fields.ReadAddress(nameof(L2Recipient)), fields.ReadAmount(nameof(Amount)));
}
