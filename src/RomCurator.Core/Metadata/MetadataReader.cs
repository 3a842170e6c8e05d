namespace RomCurator.Core.Metadata;

/// <summary>Chooses what to read from a file's first bytes: CHD header, cue sheet, or cartridge header.</summary>
public static class MetadataReader
{
    /// <summary>
    /// <see cref="Read"/>, for a scan: a header that makes a reader fail (a value nothing foresaw) yields no
    /// metadata and the fault's type and message in <paramref name="fault"/>, never an exception.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadSafely(string fileName, ReadOnlySpan<byte> head, long size, string? headerKind,
        Stream? seekable, out string? fault)
    {
        fault = null;
        try
        {
            return Read(fileName, head, size, headerKind, seekable);
        }
        catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException)
        {
            fault = $"its header could not be read ({error.GetType().Name}): {error.Message}; recorded without header metadata";
            return new Dictionary<string, string>();
        }
    }

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
