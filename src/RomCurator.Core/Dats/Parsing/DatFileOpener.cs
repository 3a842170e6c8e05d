using System.IO.Compression;
using System.Text;
using RomCurator.Core.Archives;
using RomCurator.Core.Digests;

using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Dats.Parsing;

/// <summary>
/// Opens DATs for streaming: detects the dialect by content (never by extension) and looks inside a .zip for
/// the DATs it carries (a zip may hold many).
/// </summary>
public static class DatFileOpener
{
    private const int Peek = 4096;
    private static readonly string[] DatExtensions = [".dat", ".xml", ".smdb"];

    /// <summary>How a container that is not a zip is named in the refusal.</summary>
    private static readonly Dictionary<ArchiveKind, string> Names = new()
    {
        [ArchiveKind.SevenZip] = "7z", [ArchiveKind.Rar] = "rar", [ArchiveKind.Tar] = "tar", [ArchiveKind.GZip] = "gzip",
        [ArchiveKind.BZip2] = "bzip2", [ArchiveKind.Xz] = "xz", [ArchiveKind.Chd] = "CHD disc image",
    };

    /// <summary>The one DAT of <paramref name="path"/> (the first, for a zip of several).</summary>
    public static IDatReader Open(string path) => Sources(path).First().Open();

    /// <summary>
    /// Every DAT <paramref name="path"/> holds: the file itself, or each DAT member of a zip (members named
    /// .dat/.xml/.smdb, else every member whose content is a DAT). A damaged zip throws <see cref="DatParseException"/>.
    /// </summary>
    public static IReadOnlyList<DatSource> Sources(string path)
    {
        var source = Path.GetFileName(path);
        using var file = OpenChecked(path);
        var kind = ArchiveSignature.Detect(ArchiveSignature.ReadHeader(file));
        if (kind is { } other && other != ArchiveKind.Zip)
        {
            throw new DatParseException($"{source}: a {Names.GetValueOrDefault(other, other.ToString())} file, not a DAT: DATs are read as they are or from a .zip; extract it first");
        }

        if (kind != ArchiveKind.Zip)
        {
            return [new DatSource(source, cancellation => HashFile(path, cancellation), () => OpenFile(path, source))];
        }

        file.Position = 0;
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var members = zip.Entries.Where(e => e.Length > 0 && !e.FullName.EndsWith('/')).ToList();
            var named = members.Where(e => DatExtensions.Any(x => e.Name.EndsWith(x, StringComparison.OrdinalIgnoreCase))).ToList();
            var chosen = named.Count > 0 ? named : members.Where(IsDat).ToList();
            if (chosen.Count == 0)
            {
                throw new DatParseException($"{source}: the zip holds no DAT file");
            }

            return [.. chosen.Select(e => e.FullName).Order(StringComparer.Ordinal).Select(member => new DatSource(
                $"{source}#{member}",
                cancellation => HashMember(path, member, cancellation),
                () => OpenMember(path, source, member)))];
        }
        catch (InvalidDataException error)
        {
            throw new DatParseException($"{source}: damaged zip: {error.Message}", error);
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
        var start = peek.AsSpan(0, length);
        return Detect(start) switch
        {
            DatFormat.Logiqx => new OwnedReader(new LogiqxReader(content, source), owned),
            DatFormat.ClrMamePro => new OwnedReader(new ClrMameProReader(content, source), owned),
            DatFormat.Smdb => new OwnedReader(new SmdbReader(content, source, SmdbReader.FirstFolder(FirstLine(start))), owned),
            _ => throw new DatParseException($"{source}: not a DAT (neither Logiqx XML, clrmamepro text nor an SMDB)"),
        };
    }

    public static DatFormat? Detect(ReadOnlySpan<byte> start)
    {
        var text = StartText(start).TrimStart();
        if (text.StartsWith('<'))
        {
            return DatFormat.Logiqx;
        }

        if (SmdbReader.Looks(FirstLine(start)))
        {
            return DatFormat.Smdb;
        }

        var word = new string(text.TakeWhile(char.IsLetter).ToArray());
        var rest = text[word.Length..].TrimStart();
        return word.Length > 0 && rest.StartsWith('(') ? DatFormat.ClrMamePro : null;
    }

    private static string FirstLine(ReadOnlySpan<byte> start)
    {
        var text = StartText(start).TrimStart('\r', '\n', ' ');
        var end = text.IndexOf('\n');
        return end < 0 ? text : text[..end];
    }

    /// <summary>
    /// The first bytes as text, decoded as the readers will decode them: by the byte order mark when there is one
    /// (UTF-8, UTF-16 or UTF-32, either byte order; the readers' StreamReader honours the same marks), else as UTF-8
    /// with Windows-1252 for bytes that are not.
    /// </summary>
    private static string StartText(ReadOnlySpan<byte> start)
    {
        (Encoding Encoding, int Length)? marked =
            start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) ? (Encoding.UTF32, 4)
            : start.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) ? (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4)
            : start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? (Encoding.Unicode, 2)
            : start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? (Encoding.BigEndianUnicode, 2)
            : start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? (Windows1252Fallback.Utf8, 3)
            : null;
        return marked is { } mark ? mark.Encoding.GetString(start[mark.Length..]) : Windows1252Fallback.Utf8.GetString(start);
    }

    /// <summary>
    /// The DAT file opened checked (<see cref="CheckedFile.OpenRegular"/>): a link the user named is followed, but a FIFO,
    /// device or socket (a folder's "x.dat" may be one) is refused with an <see cref="IOException"/> that says so, never
    /// opened: an open of a FIFO would wait for a writer for ever.
    /// </summary>
    private static Stream OpenChecked(string path) => new BufferedStream(CheckedFile.OpenRegular(path), 1 << 16);

    private static string HashFile(string path, CancellationToken cancellation)
    {
        using var file = OpenChecked(path);
        return ContentHasher.Hash(file, HashOptions.Sha1Only, cancellation: cancellation).Sha1.ToHex();
    }

    private static IDatReader OpenFile(string path, string source)
    {
        var file = OpenChecked(path);
        try
        {
            return Open(file, source, file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static IDatReader OpenMember(string path, string source, string member)
    {
        var file = OpenChecked(path);
        ZipArchive? zip = null;
        try
        {
            zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var content = zip.GetEntry(member)!.Open();
            return Open(content, $"{source}#{member}", content, zip, file);
        }
        catch (InvalidDataException error)
        {
            zip?.Dispose();
            file.Dispose();
            throw new DatParseException($"{source}#{member}: damaged zip member: {error.Message}", error);
        }
        catch
        {
            zip?.Dispose();
            file.Dispose();
            throw;
        }
    }

    private static string HashMember(string path, string member, CancellationToken cancellation)
    {
        using var file = OpenChecked(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Read);
        using var content = zip.GetEntry(member)!.Open();
        return ContentHasher.Hash(content, HashOptions.Sha1Only, cancellation: cancellation).Sha1.ToHex();
    }

    private static bool IsDat(ZipArchiveEntry entry)
    {
        using var content = entry.Open();
        var peek = new byte[Peek];
        var length = content.ReadAtLeast(peek, peek.Length, throwOnEndOfStream: false);
        return Detect(peek.AsSpan(0, length)) is not null;
    }

    /// <summary>Disposes the underlying stream (and zip) with the reader.</summary>
    private sealed class OwnedReader(IDatReader inner, IDisposable[] owned) : IDatReader
    {
        public DatFormat Format => inner.Format;

        public DatHeader Header => inner.Header;

        public IEnumerable<DatGame> Games(CancellationToken cancellation) => inner.Games(cancellation);

        public bool MoveToNextDat() => inner.MoveToNextDat();

        public IReadOnlyList<DatProblem> FileProblems => inner.FileProblems;

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
