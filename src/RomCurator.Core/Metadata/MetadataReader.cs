namespace RomCurator.Core.Metadata;

/// <summary>Chooses what to read from a file's first bytes: CHD header, cue sheet, or cartridge header.</summary>
public static class MetadataReader
{
    public static IReadOnlyDictionary<string, string> Read(string fileName, ReadOnlySpan<byte> head, long size, string? headerKind, Stream? seekable)
    {
        if (DiscMetadata.IsChd(head))
        {
            return DiscMetadata.Chd(head, seekable);
        }

        if (fileName.EndsWith(".cue", StringComparison.OrdinalIgnoreCase))
        {
            return DiscMetadata.Cue(head);
        }

        return size <= 256L * 1024 * 1024 ? CartridgeMetadata.Read(head, size, headerKind) : new Dictionary<string, string>();
    }
}
