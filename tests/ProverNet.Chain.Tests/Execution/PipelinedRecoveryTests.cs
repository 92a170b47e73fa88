using ProverNet.Chain.Execution;
using ProverNet.Chain.Tests.Support;
using ProverNet.Core;
using ProverNet.Core.Transactions;

namespace ProverNet.Chain.Tests.Execution;

public sealed class PipelinedRecoveryTests
{
    private static readonly Address Carol = Address.Parse("0x00000000000000000000000000000000000ca401");

    [Fact]
    public void Take_InOrder_GivesEachTransactionOrItsDecodingError()
    {
        var raw = Enumerable.Range(0, 300).Select(nonce => ChainTransactions.Sign(4, (ulong)nonce, Carol, 1).Raw).ToList();
        raw[150] = new byte[] { 0x02, 0xc1, 0x80 };
        using var recovery = new PipelinedRecovery(raw, new TransactionDecoder(7351));

        for (var i = 0; i < raw.Count; i++)
        {
            var transaction = recovery.Take(i, out var error);
            if (i == 150)
            {
                Assert.Null(transaction);
                Assert.NotNull(error);
            }
            else
            {
                Assert.Equal(((ulong)i, DevKeys.Account(4).Address), (transaction!.Nonce, transaction.Sender));
            }
        }
    }

    [Fact]
    public void Dispose_BeforeTakingAll_StopsTheHelper()
    {
        var raw = Enumerable.Range(0, 50).Select(nonce => ChainTransactions.Sign(4, (ulong)nonce, Carol, 1).Raw).ToList();
        var recovery = new PipelinedRecovery(raw, new TransactionDecoder(7351));

        Assert.NotNull(recovery.Take(0, out _));
        recovery.Dispose();
    }
}
