using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Chain.L1Inputs;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Derivation.Batches;
using ProverNet.Derivation.Safe;
using ProverNet.Storage;

namespace ProverNet.Derivation.Tests.Support;

/// <summary>
/// A sequencer and a validator on the devnet genesis anchored to a made-up L1 (block 100 at time 1,000, a block every
/// 12 s): the sequencer makes blocks, the test posts them as batches in L1 blocks, and the validator derives its safe
/// chain from those L1 blocks alone through a <see cref="BatchStage"/>.
/// </summary>
internal sealed class SafeChainScenario
{
    public const uint Window = 4;
    private static readonly TransactionSigner Payer = TransactionSigner.FromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    private readonly List<L1BlockInputs> l1 = [];
    private ulong nonce;

    public SafeChainScenario()
    {
        var template = GenesisLoader.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "genesis", "devnet", "genesis.json")));
        Genesis = template with
        {
            L1 = template.L1 with
            {
                Origin = new L1Origin(100, Keccak256.Hash("L1 block 100"u8), 1_000),
                Contracts = new L1Contracts(Filled(0xB1), Filled(0x5C), Filled(0x9A), Filled(0xF0), Filled(0xBA)),
            },
            Rollup = template.Rollup with { SequencingWindowL1Blocks = Window },
            Timestamp = 1_000,
        };
        Sequencer = new BlockProcessor(new MemoryStore(), Genesis);
        Validator = new BlockProcessor(new MemoryStore(), Genesis, rewindDepth: 64);
        Queue = NewQueue(null);
    }

    public ChainGenesis Genesis { get; }

    public BlockProcessor Sequencer { get; }

    public BlockProcessor Validator { get; }

    public BatchStage Queue { get; private set; }

    public List<SafeCursor> Cursors { get; } = [];

    /// <summary>The L1 block at <paramref name="number"/> (made on first use), with <paramref name="inputs"/> and no batches.</summary>
    public L1BlockInputs L1(ulong number, params IL1Input[] inputs)
    {
        while (l1.Count == 0 || l1[^1].Block.Number < number)
        {
            var parent = l1.Count == 0 ? Genesis.L1.Origin!.Value : l1[^1].Block.Origin;
            var next = parent.Number + 1;
            var block = new L1BlockRef(next, Keccak256.Hash(BitConverter.GetBytes(next)), parent.Hash, parent.Timestamp + 12);
            l1.Add(new L1BlockInputs(block, next == number ? inputs : [], [], []));
        }

        return l1.Single(block => block.Block.Number == number);
    }

    /// <summary>The sequencer's next block: on the next L1 block as origin when <paramref name="advance"/>, with <paramref name="transfers"/> transfers.</summary>
    public Block Sequence(bool advance, int transfers = 0)
    {
        var parent = Sequencer.Head.Header;
        var origin = advance ? L1(parent.L1Origin.Number + 1) : null;
        var attributes = origin is null
            ? new BlockAttributes(parent.Timestamp + 1, parent.L1Origin, [])
            : new BlockAttributes(Math.Max(parent.Timestamp + 1, origin.Block.Timestamp), origin.Block.Origin, origin.OpeningTransactions());
        IReadOnlyList<ReadOnlyMemory<byte>> transactions = [.. Enumerable.Range(0, transfers).Select(_ => (ReadOnlyMemory<byte>)Transfer())];
        return Sequencer.Derive(attributes, transactions).Block;
    }

    /// <summary>A transfer the sequencer's next block can carry.</summary>
    public byte[] Transfer() => Payer.SignDynamicFee(Genesis.ChainId, nonce++, 1UL, 1_000_000_000_000UL, 100_000, Filled(0x77), 1UL, []);

    /// <summary>The sequencer's blocks <paramref name="first"/> to <paramref name="last"/> as batch bytes.</summary>
    public byte[] Batch(ulong first, ulong last) =>
        BatchEncoder.Encode(Derivation.Batches.Batch.Of([.. Enumerable.Range((int)first, (int)(last - first + 1)).Select(number => Sequencer.Blocks.GetByNumber((ulong)number)!)]));

    /// <summary>L1 block <paramref name="number"/> with <paramref name="batches"/> posted in it, each in one frame (in this order).</summary>
    public void Post(ulong number, params byte[][] batches) => PostFrames(number, [.. batches.Select(batch => Frame.Split(batch, int.MaxValue)[0])]);

    /// <summary>L1 block <paramref name="number"/> with <paramref name="frames"/> posted in it as they are, appended to what it has.</summary>
    public void PostFrames(ulong number, params byte[][] frames)
    {
        var block = L1(number);
        var index = (ulong)l1.Sum(other => other.Frames.Count);
        l1[l1.IndexOf(block)] = block with
        {
            Frames = [.. block.Frames, .. frames.Select((data, i) => new PostedFrame(index + (ulong)i, Keccak256.Hash(data), data))],
        };
    }

    /// <summary>Feeds L1 blocks up to <paramref name="number"/> to the validator's queue, executing every candidate.</summary>
    public void DeriveThrough(ulong number)
    {
        L1(number);
        foreach (var block in l1.Where(block => block.Block.Number >= Queue.NextL1Number && block.Block.Number <= number).ToList())
        {
            Queue.Add(block);
            while (Queue.Next() is { } candidate)
            {
                try
                {
                    var derived = Validator.Derive(candidate.Attributes, candidate.Transactions).Block;
                    Queue.Accepted(derived);
                    Cursors.Add(candidate.Cursor);
                }
                catch (InvalidBlockException refused)
                {
                    Queue.Refused(refused.Message);
                }
            }
        }
    }

    /// <summary>A fresh queue on the validator's head, resuming at <paramref name="cursor"/>, as after a restart.</summary>
    public void Restart(SafeCursor? cursor) => Queue = NewQueue(cursor);

    private BatchStage NewQueue(SafeCursor? cursor) =>
        new(Genesis.Rollup, BatchLimits.Default, Validator.Head, cursor, number => Validator.Blocks.GetByNumber(number));

    private static Address Filled(byte value) => new(Enumerable.Repeat(value, Address.Length).ToArray());
}
