namespace RomCurator.Core.Archives.Discs.Chd;

/// <summary>One metadata item of a CHD: its four-character tag, flags (bit 0: covered by the SHA-1) and data.</summary>
public sealed record ChdMetadataEntry(string Tag, byte Flags, byte[] Data)
{
    public bool IsChecksummed => (Flags & 1) != 0;

    /// <summary>The data as text, without the terminating NUL chdman writes.</summary>
    public string Text => System.Text.Encoding.ASCII.GetString(Data).TrimEnd('\0');
}
