using System.Buffers;

namespace ProverNet.Chain.Blocks;

/// <summary>
/// An encoding written into a buffer rented from the shared pool, for a value that is copied straight into a write batch:
/// a block's encoding and its receipts are megabytes, and a fresh array each block was large-object garbage that
/// brought on gen-2 collections. Dispose returns the buffer; the span is invalid afterwards.
/// </summary>
internal readonly struct RentedEncoding : IDisposable
{
    private readonly byte[] buffer;
    private readonly int length;

    /// <summary>Rents a buffer of at least <paramref name="length"/> bytes for an encoding of exactly that length.</summary>
    public RentedEncoding(int length)
    {
        buffer = ArrayPool<byte>.Shared.Rent(length);
        this.length = length;
    }

    /// <summary>The encoding's bytes.</summary>
    public Span<byte> Span => buffer.AsSpan(0, length);

    /// <inheritdoc/>
    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);
}
