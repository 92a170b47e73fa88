namespace ProverNet.Derivation.Batches;

/// <summary>The columns of a decompressed payload, each read front to back, each to be read exactly to its end.</summary>
internal sealed class BatchColumns
{
    private readonly byte[] payload;
    private readonly int[] ends;
    private readonly int[] positions;

    private BatchColumns(byte[] payload, int[] starts, int[] ends)
    {
        this.payload = payload;
        this.ends = ends;
        positions = [.. starts];
    }

    /// <summary>Splits <paramref name="payload"/> into its length-prefixed columns; nothing may follow the last.</summary>
    public static BatchColumns Split(byte[] payload)
    {
        var count = Enum.GetValues<BatchColumn>().Length;
        var starts = new int[count];
        var ends = new int[count];
        var position = 0;
        for (var column = 0; column < count; column++)
        {
            var length = Varint.Read(payload, ref position, $"the length of column {(BatchColumn)column}");
            if (length > (ulong)(payload.Length - position))
            {
                throw new BatchDecodingException($"column {(BatchColumn)column} is longer ({length} bytes) than what is left of the payload");
            }

            starts[column] = position;
            position += (int)length;
            ends[column] = position;
        }

        return position == payload.Length ? new BatchColumns(payload, starts, ends) : throw new BatchDecodingException($"{payload.Length - position} bytes follow the last column");
    }

    public ulong ReadVarint(BatchColumn column, string what)
    {
        var position = positions[(int)column];
        var value = Varint.Read(payload.AsSpan(0, ends[(int)column]), ref position, $"{column}: {what}");
        positions[(int)column] = position;
        return value;
    }

    public ReadOnlySpan<byte> ReadBytes(BatchColumn column, int count, string what)
    {
        var position = positions[(int)column];
        if (count < 0 || count > ends[(int)column] - position)
        {
            throw new BatchDecodingException($"{column}: {what} needs {count} bytes, {ends[(int)column] - position} are left");
        }

        positions[(int)column] = position + count;
        return payload.AsSpan(position, count);
    }

    public byte ReadByte(BatchColumn column, string what) => ReadBytes(column, 1, what)[0];

    /// <summary>Every column must have been read to its end: a byte left over is a batch of another shape.</summary>
    public void EnsureAllRead()
    {
        for (var column = 0; column < positions.Length; column++)
        {
            if (positions[column] != ends[column])
            {
                throw new BatchDecodingException($"column {(BatchColumn)column} has {ends[column] - positions[column]} bytes no transaction uses");
            }
        }
    }
}
