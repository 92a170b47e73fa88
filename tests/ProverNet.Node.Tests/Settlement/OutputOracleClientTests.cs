using System.Numerics;
using Nethereum.Web3;
using ProverNet.Contracts;
using ProverNet.Core;
using ProverNet.Derivation;
using ProverNet.Node.Settlement;

namespace ProverNet.Node.Tests.Settlement;

public sealed class OutputOracleClientTests
{
    private static readonly Nethereum.Contracts.Contract Oracle =
        new Web3().Eth.GetContract(ContractArtifacts.Load("OutputOracle").Abi, "0x0000000000000000000000000000000000000001");

    [Fact]
    public void ProposeOutputCalldata_Arguments_EncodeAsTheCompiledAbiDoes()
    {
        var root = Keccak256.Hash("root"u8);
        var l1Hash = Keccak256.Hash("l1"u8);

        var calldata = OutputOracleClient.ProposeOutputCalldata(20, root, l1Hash, 1234);

        Assert.Equal(
            Oracle.GetFunction("proposeOutput").GetData(new BigInteger(20), root.ToArray(), l1Hash.ToArray(), new BigInteger(1234)),
            Hex.Encode(calldata));
    }

    [Fact]
    public void AttestAndChallengeCalldata_Index_EncodeAsTheCompiledAbiDoes()
    {
        Assert.Equal(Oracle.GetFunction("attest").GetData(new BigInteger(7)), Hex.Encode(OutputOracleClient.AttestCalldata(7)));
        Assert.Equal(Oracle.GetFunction("challenge").GetData(new BigInteger(9)), Hex.Encode(OutputOracleClient.ChallengeCalldata(9)));
    }

    [Fact]
    public async Task NextBlockNumberAsync_L1Unreachable_ThrowsL1Unavailable()
    {
        var client = new OutputOracleClient(new Uri("http://127.0.0.1:1"), Address.Zero, Address.Zero, TimeSpan.FromSeconds(2));

        var error = await Assert.ThrowsAsync<L1UnavailableException>(() => client.NextBlockNumberAsync(default));

        Assert.StartsWith("nextBlockNumber()", error.Message, StringComparison.Ordinal);
    }
}
