namespace ProverNet.Core;

/// <summary>Ethereum-style hex: lower case with a <c>0x</c> prefix on output; the prefix is required on input.</summary>
public static class Hex
{
    /// <summary>Formats bytes as <c>0x</c>-prefixed lower-case hex.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexStringLower(bytes);

    /// <summary>Parses <c>0x</c>-prefixed hex with an even number of digits.</summary>
    /// <exception cref="FormatException">The text is not prefixed, has an odd length or a non-hex digit.</exception>
    public static byte[] Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryDecode(text, out var bytes, out var error))
        {
            throw new FormatException(error);
        }

        return bytes;
    }

    /// <summary>Parses <c>0x</c>-prefixed hex, returning why it failed instead of throwing.</summary>
    public static bool TryDecode(string text, out byte[] bytes, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        bytes = [];
        if (!text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            error = "hex must start with 0x";
            return false;
        }

        var digits = text.AsSpan(2);
        if (digits.Length % 2 != 0)
        {
            error = "hex must have an even number of digits";
            return false;
        }

        var result = new byte[digits.Length / 2];
        if (Convert.FromHexString(digits, result, out _, out _) != System.Buffers.OperationStatus.Done)
        {
            error = "hex contains a character that is not a hex digit";
            return false;
        }

        bytes = result;
        error = string.Empty;
        return true;
    }
}
