namespace ProverNet.Derivation.Batches;

/// <summary>Unsigned LEB128, canonical: seven bits a byte, low first, the high bit set on all but the last; no padding.</summary>
internal static class Varint
{
    public static void Write(List<byte> destination, ulong value)
    {
        for (; value >= 0x80; value >>= 7)
        {
            destination.Add((byte)(value | 0x80));
        }

        destination.Add((byte)value);
    }

    /// <exception cref="BatchDecodingException">Truncated, over 64 bits, or not in its shortest form.</exception>
    public static ulong Read(ReadOnlySpan<byte> source, ref int position, string what)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (position >= source.Length)
            {
                throw new BatchDecodingException($"{what}: the varint is cut off");
            }

            var next = source[position++];
            if (shift == 63 && next > 1)
            {
                throw new BatchDecodingException($"{what}: the varint exceeds 64 bits");
            }

            value |= (ulong)(next & 0x7f) << shift;
            if ((next & 0x80) == 0)
            {
                if (next == 0 && shift > 0)
                {
                    throw new BatchDecodingException($"{what}: the varint is not in its shortest form");
                }

                return value;
            }
        }
    }
}
