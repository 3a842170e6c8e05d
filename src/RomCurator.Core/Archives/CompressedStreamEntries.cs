using SharpCompress.Compressors;
using SharpCompress.Compressors.BZip2;
using SharpCompress.Compressors.Xz;
using SharpCompress.Readers;

namespace RomCurator.Core.Archives;

/// <summary>
/// The members of a single-stream compressed file (gz, bz2, xz): the tar inside it, or else one member, the
/// decompressed content, named after the file without its compression suffix.
/// </summary>
public static class CompressedStreamEntries
{
    public static IEnumerable<ArchiveEntry> Read(Stream stream, ArchiveKind kind, string containerName)
    {
        var tarHeader = PeekDecompressed(stream, kind);
        stream.Position = 0;
        if (tarHeader.Length >= 262 && ArchiveSignature.Detect(tarHeader) == ArchiveKind.Tar)
        {
            return TarEntries(stream);
        }

        return [new ArchiveEntry(StripSuffix(containerName, kind), -1, stream.Length, null, false, null, () => Decompress(stream, kind))];
    }

    private static IEnumerable<ArchiveEntry> TarEntries(Stream stream)
    {
        using var reader = ReaderFactory.OpenReader(stream, new ReaderOptions { LeaveStreamOpen = true });
        while (reader.MoveToNextEntry())
        {
            var entry = reader.Entry;
            yield return new ArchiveEntry(entry.Key ?? "", entry.Size, -1, entry.LastModifiedTime, entry.IsDirectory, null, reader.OpenEntryStream);
        }
    }

    private static byte[] PeekDecompressed(Stream stream, ArchiveKind kind)
    {
        stream.Position = 0;
        using var decompressed = Decompress(stream, kind);
        return ArchiveSignature.ReadHeader(decompressed);
    }

    private static Stream Decompress(Stream stream, ArchiveKind kind)
    {
        stream.Position = 0;
        var source = new NonClosingStream(stream);
        return kind switch
        {
            ArchiveKind.GZip => new System.IO.Compression.GZipStream(source, System.IO.Compression.CompressionMode.Decompress),
            ArchiveKind.BZip2 => BZip2Stream.Create(source, CompressionMode.Decompress, false, true, false),
            ArchiveKind.Xz => new XZStream(source),
            _ => throw new NotSupportedException($"{kind} is not a single-stream format"),
        };
    }

    private static string StripSuffix(string name, ArchiveKind kind)
    {
        string[] suffixes = kind switch
        {
            ArchiveKind.GZip => [".gz", ".gzip", ".z"],
            ArchiveKind.BZip2 => [".bz2", ".bzip2"],
            _ => [".xz"],
        };
        var suffix = suffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
        return suffix is null || name.Length == suffix.Length ? name + ".out" : name[..^suffix.Length];
    }
}
