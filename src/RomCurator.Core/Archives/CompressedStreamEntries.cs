namespace RomCurator.Core.Archives;

/// <summary>
/// The members of a single-stream compressed file (gz, bz2, xz): the tar inside it, or else one member, the
/// decompressed content, named as the gzip header stores it (FNAME), else after the file without its compression suffix.
/// The stream is always read to its end, so its checksums are verified before the enumeration counts as done.
/// </summary>
public static class CompressedStreamEntries
{
    public static IEnumerable<ArchiveEntry> Read(Stream stream, ArchiveKind kind, string containerName, BombGuard guard, CancellationToken cancellation)
    {
        var containsTar = ContainsTar(stream, kind, cancellation);
        stream.Position = 0;
        var storedName = kind == ArchiveKind.GZip ? GzipHeader.ReadName(ArchiveSignature.ReadHeader(stream)) : null;
        using var content = new CheckedDecompressor(stream, kind, cancellation);
        if (containsTar)
        {
            foreach (var entry in TarEntries.Read(content, stored: false))
            {
                yield return entry;
            }
        }
        else
        {
            yield return new ArchiveEntry(MemberName(containerName, kind, storedName), -1, stream.Length, null, false, null,
                () => new NonClosingStream(content))
            {
                NamedAfterContainer = string.IsNullOrEmpty(storedName),
            };
        }

        content.ReadToEnd(guard, containerName);
    }

    private static bool ContainsTar(Stream stream, ArchiveKind kind, CancellationToken cancellation)
    {
        using var decompressed = new CheckedDecompressor(stream, kind, cancellation);
        var header = ArchiveSignature.ReadHeader(decompressed);
        return ArchiveSignature.Detect(header) == ArchiveKind.Tar;
    }

    /// <summary>
    /// The name the gzip header stores (FNAME) when it has one, whatever the file is called now
    /// ("fizzbuzz.gz" holding "fizzbuzz.nes" lists "fizzbuzz.nes"); else the file's name without its suffix.
    /// </summary>
    private static string MemberName(string containerName, ArchiveKind kind, string? storedName)
    {
        if (!string.IsNullOrEmpty(storedName))
        {
            return storedName;
        }

        string[] suffixes = kind switch
        {
            ArchiveKind.GZip => [".gz", ".gzip", ".z"],
            ArchiveKind.BZip2 => [".bz2", ".bzip2"],
            _ => [".xz"],
        };
        var suffix = suffixes.FirstOrDefault(s => containerName.EndsWith(s, StringComparison.OrdinalIgnoreCase));
        if (suffix is not null && containerName.Length > suffix.Length)
        {
            return containerName[..^suffix.Length];
        }

        return containerName + ".out";
    }
}
