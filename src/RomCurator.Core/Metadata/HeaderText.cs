using System.Text;

namespace RomCurator.Core.Metadata;

/// <summary>Reads fixed-width text fields from ROM headers: printable ASCII only, trimmed; null when empty or binary.</summary>
public static class HeaderText
{
    public static string? Ascii(ReadOnlySpan<byte> field)
    {
        var text = new StringBuilder(field.Length);
        foreach (var b in field)
        {
            if (b == 0)
            {
                break;
            }

            if (b is < 0x20 or > 0x7E)
            {
                return text.Length >= 3 ? string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)) : null;
            }

            text.Append((char)b);
        }

        var value = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return value.Length == 0 ? null : value;
    }

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);
}
