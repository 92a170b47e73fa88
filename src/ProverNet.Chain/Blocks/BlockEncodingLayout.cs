using ProverNet.Core.Rlp;

namespace ProverNet.Chain.Blocks;

/// <summary>The sizes of a block encoding's parts, so that it is written once into a buffer of the right length.</summary>
internal readonly struct BlockEncodingLayout
{
    private readonly BlockBody body;
    private readonly byte[] header;
    private readonly byte[] opening;
    private readonly byte[] closing;
    private readonly int userPayload;
    private readonly int payload;

    public BlockEncodingLayout(BlockBody body, byte[] header)
    {
        this.body = body;
        this.header = header;
        opening = RlpItems.ListOf([.. body.OpeningSystemTransactions.Select(transaction => transaction.Encode())]);
        closing = RlpItems.ListOf([.. body.ClosingSystemTransactions.Select(transaction => transaction.Encode())]);
        foreach (var raw in body.UserTransactions)
        {
            userPayload += RlpWriter.GetStringLength(raw.Span);
        }

        payload = header.Length + opening.Length + RlpWriter.GetListHeaderLength(userPayload) + userPayload + closing.Length;
    }

    public int Length => RlpWriter.GetListHeaderLength(payload) + payload;

    public void WriteTo(Span<byte> encoding)
    {
        var at = RlpWriter.WriteListHeader(encoding, payload);
        header.CopyTo(encoding[at..]);
        at += header.Length;
        opening.CopyTo(encoding[at..]);
        at += opening.Length;
        at += RlpWriter.WriteListHeader(encoding[at..], userPayload);
        foreach (var raw in body.UserTransactions)
        {
            at += RlpWriter.WriteString(encoding[at..], raw.Span);
        }

        closing.CopyTo(encoding[at..]);
    }
}
