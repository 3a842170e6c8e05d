namespace RomCurator.Core.Dats.Parsing;

/// <summary>Normalises hash text from DATs: lower-case hex of the expected length, or null when absent or malformed.</summary>
public static class HashText
{
    public static string? Normalize(string? value, int hexLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[2..];
        }

        if (trimmed.Length < hexLength && hexLength == 8)
        {
            trimmed = trimmed.PadLeft(8, '0');
        }

        return trimmed.Length == hexLength && trimmed.All(Uri.IsHexDigit) ? trimmed.ToLowerInvariant() : null;
    }

    public static long? Size(string? value) =>
        long.TryParse(value?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size)
            ? size
            : value?.Trim().StartsWith("0x", StringComparison.OrdinalIgnoreCase) == true
              && long.TryParse(value.Trim()[2..], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var hex)
                ? hex
                : null;
}
