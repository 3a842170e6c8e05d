namespace RomCurator.Core.Dats.Parsing;

/// <summary>Normalises hash text from DATs: lower-case hex of the expected length, or null when absent or malformed.</summary>
public static class HashText
{
    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>
    /// The hash as <paramref name="hexLength"/> lower-case hex digits ("0x" dropped; a short CRC32 padded with
    /// zeros), or null. Hash text that is already so is returned as it is, without a copy.
    /// </summary>
    public static string? Normalize(string? value, int hexLength)
    {
        var text = value.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            text = text[2..];
        }

        if (text.Length > hexLength || (text.Length < hexLength && hexLength != 8) || text.ContainsAnyExcept(HexDigits))
        {
            return null;
        }

        if (text.Length == hexLength && value!.Length == hexLength && !text.ContainsAnyInRange('A', 'F'))
        {
            return value;
        }

        Span<char> hash = stackalloc char[hexLength];
        var padding = hexLength - text.Length;
        hash[..padding].Fill('0');
        for (var i = 0; i < text.Length; i++)
        {
            hash[padding + i] = (char)(text[i] | 0x20);
        }

        return new string(hash);
    }

    public static long? Size(string? value) =>
        long.TryParse(value?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size)
            ? size
            : value?.Trim().StartsWith("0x", StringComparison.OrdinalIgnoreCase) == true
              && long.TryParse(value.Trim()[2..], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var hex)
                ? hex
                : null;
}
