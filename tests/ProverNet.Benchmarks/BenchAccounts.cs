using System.Text;
using ProverNet.Core;
using ProverNet.Core.Transactions;

namespace ProverNet.Benchmarks;

/// <summary>Deterministic throwaway accounts for benchmarks: the key of account i of a role is keccak("provernet-bench-role-i").</summary>
public static class BenchAccounts
{
    /// <summary>The first <paramref name="count"/> signers of <paramref name="role"/>.</summary>
    public static TransactionSigner[] Signers(string role, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new TransactionSigner(Keccak256.Hash(Encoding.UTF8.GetBytes($"provernet-bench-{role}-{i}")).ToArray()))];
}
