using Nethereum.Model;
using Nethereum.Signer;
using ProverNet.Core;

namespace ProverNet.Node.L1.Transactions;

/// <summary>Signs EIP-1559 (type 2) transactions locally with one key: the key never leaves the process.</summary>
internal sealed class L1TransactionSigner
{
    private readonly EthECKey key;
    private readonly ulong chainId;
    private readonly Transaction1559Signer signer = new();

    /// <summary>Signs with <paramref name="privateKeyHex"/> for chain <paramref name="chainId"/>.</summary>
    /// <exception cref="ArgumentException">The key is not 32 bytes of hex.</exception>
    public L1TransactionSigner(string privateKeyHex, ulong chainId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(privateKeyHex);
        var keyBytes = Hex.Decode(privateKeyHex);
        if (keyBytes.Length != 32)
        {
            throw new ArgumentException($"an L1 private key is 32 bytes, got {keyBytes.Length}", nameof(privateKeyHex));
        }

        key = new EthECKey(keyBytes, isPrivate: true);
        this.chainId = chainId;
        From = Address.Parse(key.GetPublicAddress());
    }

    /// <summary>The signing account.</summary>
    public Address From { get; }

    /// <summary>Signs a call of <paramref name="request"/> with the given nonce, fees and gas limit.</summary>
    public L1SignedTransaction Sign(L1TransactionRequest request, ulong nonce, L1Fees fees, ulong gasLimit)
    {
        var transaction = new Transaction1559(
            chainId,
            nonce,
            fees.MaxPriorityFeePerGas,
            fees.MaxFeePerGas,
            gasLimit,
            request.To.ToString(),
            amount: 0,
            Hex.Encode(request.Data.Span),
            accessList: []);
        signer.SignTransaction(key, transaction);
        var raw = transaction.GetRLPEncoded();
        return new L1SignedTransaction(nonce, fees, gasLimit, Hex.Encode(raw), Keccak256.Hash(raw));
    }
}
