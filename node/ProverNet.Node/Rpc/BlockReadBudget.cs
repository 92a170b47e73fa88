namespace ProverNet.Node.Rpc;

/// <summary>
/// How many blocks one message (a request or a whole batch) may still read: <c>eth_getLogs</c> and
/// <c>eth_feeHistory</c> charge the blocks they read before reading them, so a batch of cheap-looking queries cannot
/// scan the chain many times over while each stays under its own range limit.
/// </summary>
public sealed class BlockReadBudget
{
    /// <summary>A budget of <paramref name="blocks"/> blocks.</summary>
    public BlockReadBudget(ulong blocks)
    {
        Limit = blocks;
        Remaining = blocks;
    }

    /// <summary>The blocks the message was allowed at first.</summary>
    public ulong Limit { get; }

    /// <summary>The blocks still allowed.</summary>
    public ulong Remaining { get; private set; }

    /// <summary>Takes <paramref name="blocks"/> from the budget.</summary>
    /// <exception cref="RpcException">Fewer are left (-32005); nothing is taken.</exception>
    public void Charge(ulong blocks)
    {
        if (blocks > Remaining)
        {
            throw new RpcException(
                RpcErrorCodes.LimitExceeded,
                $"this message may read at most {Limit} blocks and {Remaining} are left, this request needs {blocks}: send fewer or narrower queries per batch");
        }

        Remaining -= blocks;
    }
}
