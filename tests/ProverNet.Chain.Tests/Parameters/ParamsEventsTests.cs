using Nethereum.Contracts;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.Tests.Support;
using ProverNet.Contracts;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Parameters;

public class ParamsEventsTests
{
    private static readonly ContractBuilder L2Params = new(ContractArtifacts.Load("IL2Params").Abi, "0x0000000000000000000000000000000000000B03");

    [Fact]
    public void ParameterApplied_DecodesEveryFieldWithTheIL2ParamsAbi()
    {
        var value = RegistryEncoding.Class(Devnet.Parameters.Classes[1]);

        var log = ParamsEvents.ParameterApplied(ParameterKeys.Class, 2, value, 123_456);

        Assert.Equal(SystemAddresses.Params, log.Address);
        Assert.Equal([ParameterKeys.Class.ToString(), "2", Hex.Encode(value), "123456"], WalletLogDecoder.Decode(L2Params, "ParameterApplied", log));
    }
}
