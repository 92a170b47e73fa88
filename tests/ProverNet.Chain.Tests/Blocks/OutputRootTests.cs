using Nethereum.ABI;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Tests.Support;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Blocks;

public sealed class OutputRootTests
{
    [Fact]
    public void Of_Block_IsKeccakOfTheFourWordsAsSolidityPacksThem()
    {
        var chain = new TestChain();
        var block = chain.Produce(chain.Send(4, Address.Parse("0x00000000000000000000000000000000000ca401"), 1)).Block;

        var packed = new ABIEncode().GetABIEncodedPacked(
            new ABIValue("bytes32", new byte[32]),
            new ABIValue("bytes32", block.Header.StateRoot.ToArray()),
            new ABIValue("bytes32", block.Header.MessagesRoot.ToArray()),
            new ABIValue("bytes32", block.Hash.ToArray()));

        Assert.Equal(packed, OutputRoot.Preimage(block));
        Assert.Equal(Keccak256.Hash(packed), OutputRoot.Of(block));
    }
}
