using System.Globalization;

namespace ProverNet.Core;

/// <summary>
/// An amount of BREV in wei (10^-18 BREV). BREV's supply is fixed at genesis below 2^128 wei, so every balance,
/// escrow and price-times-units product fits in 128 bits; arithmetic is checked, never wrapping.
/// </summary>
public readonly record struct Amount(UInt128 Wei) : IComparable<Amount>
{
    /// <summary>Wei in one BREV.</summary>
    public static readonly UInt128 WeiPerBrev = 1_000_000_000_000_000_000UL;

    /// <summary>Nothing.</summary>
    public static Amount Zero => default;

    /// <summary>The largest representable amount, 2^128 - 1 wei.</summary>
    public static Amount MaxValue => new(UInt128.MaxValue);

    /// <summary>Whole BREV.</summary>
    public static Amount FromBrev(ulong brev) => new(checked(brev * WeiPerBrev));

    /// <summary>Parses a non-negative decimal integer of wei (no sign, no exponent, no separators).</summary>
    public static Amount Parse(string text)
    {
        if (!TryParse(text, out var amount, out var error))
        {
            throw new FormatException(error);
        }

        return amount;
    }

    /// <summary>Parses like <see cref="Parse"/>, returning why it failed instead of throwing.</summary>
    public static bool TryParse(string text, out Amount amount, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        amount = default;
        if (text.Length == 0 || text.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            error = "an amount is a decimal integer of wei, digits only";
            return false;
        }

        if (!UInt128.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var wei))
        {
            error = "an amount must be below 2^128 wei";
            return false;
        }

        amount = new Amount(wei);
        error = string.Empty;
        return true;
    }

    /// <summary>Checked sum.</summary>
    public static Amount operator +(Amount left, Amount right) => new(checked(left.Wei + right.Wei));

    /// <summary>Checked difference: throws rather than go below zero.</summary>
    public static Amount operator -(Amount left, Amount right) => new(checked(left.Wei - right.Wei));

    /// <summary>The amount <paramref name="times"/> over (a price times a quantity); throws on overflow.</summary>
    public static Amount operator *(Amount left, ulong times) => new(checked(left.Wei * times));

    /// <summary>Order.</summary>
    public static bool operator <(Amount left, Amount right) => left.Wei < right.Wei;

    /// <summary>Order.</summary>
    public static bool operator >(Amount left, Amount right) => left.Wei > right.Wei;

    /// <summary>Order.</summary>
    public static bool operator <=(Amount left, Amount right) => left.Wei <= right.Wei;

    /// <summary>Order.</summary>
    public static bool operator >=(Amount left, Amount right) => left.Wei >= right.Wei;

    /// <inheritdoc/>
    public int CompareTo(Amount other) => Wei.CompareTo(other.Wei);

    /// <summary>Decimal wei, culture-invariant.</summary>
    public override string ToString() => Wei.ToString(CultureInfo.InvariantCulture);
}
