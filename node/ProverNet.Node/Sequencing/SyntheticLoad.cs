using ProverNet.Chain.Market;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Chain.Execution;
using ProverNet.Chain;

namespace ProverNet.Node.Sequencing;

/// <summary>
/// A transaction source that signs a steady stream of bids and offers from dev accounts, block by block, with nonces
/// read from the live state. For devnets, demos and crash tests that need a node under load without any client.
/// </summary>
public sealed class SyntheticLoad : ITransactionSource
{
    private const ulong MaxFeePerGas = 100_000_000_000;
    private const ulong PriorityFeePerGas = 100_000_000;
    private const ulong GasLimit = 200_000;
    private readonly WorldState state;
    private readonly ulong chainId;
    private readonly int perBlock;
    private readonly uint classId;
    private readonly UInt128 referencePrice;
    private readonly IReadOnlyList<TransactionSigner> requesters;
    private readonly IReadOnlyList<TransactionSigner> provers;
    private int offeredThisBlock;
    private ulong sequence;

    /// <summary>Creates the load: <paramref name="perBlock"/> transactions a block, alternating bids and offers in one class.</summary>
    public SyntheticLoad(
        WorldState state, ulong chainId, int perBlock, MarketClassTarget target, IReadOnlyList<TransactionSigner> requesters, IReadOnlyList<TransactionSigner> provers)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(requesters);
        ArgumentNullException.ThrowIfNull(provers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perBlock);
        if (requesters.Count == 0 || provers.Count == 0)
        {
            throw new ArgumentException("the load needs at least one requester and one prover");
        }

        this.state = state;
        this.chainId = chainId;
        this.perBlock = perBlock;
        classId = target.ClassId;
        referencePrice = target.ReferencePrice;
        this.requesters = requesters;
        this.provers = provers;
    }

    /// <inheritdoc/>
    public SignedTransaction? Next()
    {
        if (offeredThisBlock == perBlock)
        {
            offeredThisBlock = 0;
            return null;
        }

        offeredThisBlock++;
        var step = sequence++;
        var isBid = step % 2 == 0;
        var signers = isBid ? requesters : provers;
        var signer = signers[(int)(step / 2 % (ulong)signers.Count)];

        // Bids at or above the reference price and asks at or below it, so every order is willing to trade at it: with as
        // many requesters as provers the market clears every order in its first round and the reference price holds.
        var spread = (UInt128)(step * 7 % 51);
        MarketCall call = isBid
            ? new SubmitBidCall(false, classId, (uint)(1 + (step % 8)), referencePrice * (100 + spread) / 100, 0, 0, Hash256.Zero, Keccak256.Hash(BitConverter.GetBytes(step)), "ipfs://synthetic")
            : new SubmitOfferCall(classId, referencePrice * (100 - spread) / 100, 0);
        var nonce = state.GetAccount(signer.Address).Nonce;
        var raw = signer.SignDynamicFee(chainId, nonce, PriorityFeePerGas, MaxFeePerGas, GasLimit, SystemAddresses.Market, UInt256.Zero, MarketCalldataEncoder.Encode(call));
        return new TransactionDecoder(chainId).TryDecode(raw, out var transaction, out var error)
            ? transaction
            : throw new InvalidOperationException($"the synthetic load signed an invalid transaction: {error}");
    }

    /// <inheritdoc/>
    public void Resolve(SignedTransaction transaction, PickResult result)
    {
        if (result.Action == PickAction.Stop)
        {
            offeredThisBlock = 0;
        }
    }
}
