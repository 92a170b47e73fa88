using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using ProverNet.Core;
using ProverNet.Node.Devnet;
using ProverNet.Node.L1.Transactions;

namespace ProverNet.Node.Tests.Settlement.Support;

/// <summary>
/// Test-only <see cref="IL1TransactionSender"/>: signs an EIP-1559 transaction with Nethereum, sends it and polls for
/// its receipt (anvil mines it at once). The explicit gas limit is honoured; none means Nethereum estimates. No
/// replacement, no re-send: the real sender does that. Counts what it sent, and can run a step just before the next
/// send (to reorganize L1 under a transaction that was prepared against the old branch).
/// </summary>
public sealed class DirectL1Sender : IL1TransactionSender
{
    private readonly Web3 web3;
    private int sent;

    public DirectL1Sender(Uri rpcUrl, ulong chainId, DevAccount account)
    {
        web3 = new Web3(new Account(account.PrivateKey, new BigInteger(chainId)), rpcUrl.ToString());
        web3.TransactionManager.UseLegacyAsDefault = false;
        From = account.Address;
    }

    public Address From { get; }

    /// <summary>Transactions sent so far.</summary>
    public int Sent => sent;

    /// <summary>Runs once, just before the next transaction is sent.</summary>
    public Func<Task>? BeforeNextSend { get; set; }

    public async Task<L1TransactionReceipt> SendAsync(L1TransactionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (BeforeNextSend is { } before)
        {
            BeforeNextSend = null;
            await before();
        }

        var input = new TransactionInput
        {
            From = From.ToString(),
            To = request.To.ToString(),
            Data = Hex.Encode(request.Data.Span),
            Type = new HexBigInteger(2),
            Gas = request.GasLimit is { } limit ? new HexBigInteger(limit) : null,
        };
        var hash = await web3.TransactionManager.SendTransactionAsync(input).WaitAsync(cancellationToken);
        Interlocked.Increment(ref sent);
        while (true)
        {
            var receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash).WaitAsync(cancellationToken);
            if (receipt is not null)
            {
                return new L1TransactionReceipt(
                    Hash256.Parse(receipt.TransactionHash),
                    (ulong)receipt.BlockNumber.Value,
                    Hash256.Parse(receipt.BlockHash),
                    receipt.Status.Value == BigInteger.One,
                    (ulong)receipt.GasUsed.Value,
                    UInt256.FromBigInteger(receipt.EffectiveGasPrice.Value));
            }

            await Task.Delay(20, cancellationToken);
        }
    }
}
