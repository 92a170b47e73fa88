using ProverNet.Chain.Blocks;

namespace ProverNet.Chain.Execution;

/// <summary>Says where an imported block differs from the block its parent and transactions give.</summary>
internal static class BlockMismatch
{
    public static string Describe(Block claimed, Block computed)
    {
        var (a, b) = (claimed.Header, computed.Header);
        var field =
            a.StateRoot != b.StateRoot ? Field("state root", a.StateRoot, b.StateRoot)
            : a.ReceiptsRoot != b.ReceiptsRoot ? Field("receipts root", a.ReceiptsRoot, b.ReceiptsRoot)
            : a.MessagesRoot != b.MessagesRoot ? Field("messages root", a.MessagesRoot, b.MessagesRoot)
            : a.GasUsed != b.GasUsed ? Field("gas used", a.GasUsed, b.GasUsed)
            : a.GasLimit != b.GasLimit ? Field("gas limit", a.GasLimit, b.GasLimit)
            : a.BaseFee != b.BaseFee ? Field("base fee", a.BaseFee, b.BaseFee)
            : a.ClearingSummaryHash != b.ClearingSummaryHash ? Field("clearing summary hash", a.ClearingSummaryHash, b.ClearingSummaryHash)
            : a.TransactionsRoot != b.TransactionsRoot ? Field("transactions (closing system transactions)", a.TransactionsRoot, b.TransactionsRoot)
            : "header encoding";
        return $"block {a.Number} ({claimed.Hash}) is invalid: {field}";
    }

    private static string Field<T>(string name, T claimed, T computed) => $"{name} is {claimed}, execution gives {computed}";
}
