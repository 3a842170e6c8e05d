using System.IO.Compression;
using RomCurator.Core.Archives;

namespace RomCurator.Core.Dats.Parsing;

/// <summary>
/// Opens a DAT for streaming: detects the dialect by content (never by extension) and looks inside a .zip for
/// the DAT it carries.
/// </summary>
public static class DatFileOpener
{
    private const int Peek = 4096;

    public static IDatReader Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var source = Path.GetFileName(path);
        try
        {
            var header = ArchiveSignature.ReadHeader(file);
            file.Position = 0;
            if (ArchiveSignature.Detect(header) != ArchiveKind.Zip)
            {
                return Open(file, source, file);
            }

            var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            try
            {
                var entry = zip.Entries.Where(e => e.Length > 0 && !e.FullName.EndsWith('/'))
                                .OrderByDescending(e => e.Name.EndsWith(".dat", StringComparison.OrdinalIgnoreCase) || e.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                                .FirstOrDefault()
                            ?? throw new DatParseException($"{source}: the zip holds no DAT file");
                var content = entry.Open();
                return Open(content, $"{source}#{entry.FullName}", content, zip, file);
            }
            catch
            {
                zip.Dispose();
                throw;
            }
        }
        catch (InvalidDataException error)
        {
            file.Dispose();
            throw new DatParseException($"{source}: damaged zip: {error.Message}", error);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Opens a DAT from a stream; <paramref name="owned"/> are disposed with the reader.</summary>
    public static IDatReader Open(Stream stream, string source, params IDisposable[] owned)
    {
        var peek = new byte[Peek];
        var length = 0;
        int read;
        while (length < peek.Length && (read = stream.Read(peek, length, peek.Length - length)) > 0)
        {
            length += read;
        }

        var content = new PrefixedStream(peek[..length], stream);
        return Detect(peek.AsSpan(0, length)) switch
        {
            DatFormat.Logiqx => new OwnedReader(new LogiqxReader(content, source), owned),
            DatFormat.ClrMamePro => new OwnedReader(new ClrMameProReader(content, source), owned),
            _ => throw new DatParseException($"{source}: not a DAT (neither Logiqx XML nor clrmamepro text)"),
        };
    }

    public static DatFormat? Detect(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = start[3..];
        }

        var text = System.Text.Encoding.UTF8.GetString(start).TrimStart();
        if (text.StartsWith('<'))
        {
            return DatFormat.Logiqx;
        }

        var word = new string(text.TakeWhile(char.IsLetter).ToArray());
        var rest = text[word.Length..].TrimStart();
        return word.Length > 0 && rest.StartsWith('(') ? DatFormat.ClrMamePro : null;
    }

    /// <summary>Disposes the underlying stream (and zip) with the reader.</summary>
    private sealed class OwnedReader(IDatReader inner, IDisposable[] owned) : IDatReader
    {
        public DatFormat Format => inner.Format;

        public DatHeader Header => inner.Header;

        public IEnumerable<DatGame> Games(CancellationToken cancellation) => inner.Games(cancellation);

        public void Dispose()
        {
            inner.Dispose();
            foreach (var item in owned)
            {
                item.Dispose();
            }
        }
    }
}
