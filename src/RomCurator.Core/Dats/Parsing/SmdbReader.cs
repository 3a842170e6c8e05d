namespace RomCurator.Core.Dats.Parsing;

/// <summary>
/// Streams an SMDB, the hash list EverDrive packs ship: one ROM per line, <c>sha256 TAB path TAB sha1 TAB md5 TAB
/// crc32</c> (a sixth field, the size, is read when present). Each line is a game named by the path's file name
/// (without its extension); the DAT is named by the SMDB's own file name and its platform is taken from the paths'
/// first folder, else from that file name. A line that is not of that shape is one skipped problem.
/// </summary>
public sealed class SmdbReader : IDatReader
{
    private readonly StreamReader text;
    private readonly string source;
    private int line;

    public SmdbReader(Stream stream, string source, string? firstFolder)
    {
        this.source = source;
        text = new StreamReader(stream, Windows1252Fallback.Utf8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        var stem = Path.GetFileNameWithoutExtension(source.Contains('#') ? source[(source.LastIndexOf('#') + 1)..] : source);
        Header = new DatHeader(stem, null, null, null, null,
            [.. new[] { firstFolder, stem }.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h!)]);
    }

    public DatFormat Format => DatFormat.Smdb;

    public DatHeader Header { get; }

    /// <summary>True when <paramref name="firstLine"/> has the shape of an SMDB line.</summary>
    public static bool Looks(string firstLine)
    {
        var fields = firstLine.TrimEnd('\r').Split('\t');
        return fields.Length >= 5 && IsHex(fields[0], 64) && IsHex(fields[2], 40) && IsHex(fields[3], 32) && IsHex(fields[4], 8);
    }

    /// <summary>The first folder of the path on an SMDB line, when the path has one.</summary>
    public static string? FirstFolder(string firstLine)
    {
        var fields = firstLine.Split('\t');
        var path = fields.Length > 1 ? fields[1].Replace('\\', '/').TrimStart('/') : "";
        var slash = path.IndexOf('/');
        return slash > 0 ? path[..slash] : null;
    }

    public IEnumerable<DatGame> Games(CancellationToken cancellation)
    {
        while (text.ReadLine() is { } row)
        {
            line++;
            cancellation.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(row))
            {
                continue;
            }

            yield return ToGame(row.TrimEnd('\r'));
        }
    }

    public void Dispose() => text.Dispose();

    private DatGame ToGame(string row)
    {
        var fields = row.Split('\t');
        if (fields.Length < 5 || !IsHex(fields[0], 64) || fields[1].Trim().Length == 0)
        {
            return new DatGame("", null, null, null, false, [], line,
                [new DatProblem(line, DatProblemKinds.LineSkipped, $"'{DatRomValues.Shown(row)}' is not 'sha256, path, sha1, md5, crc32' separated by tabs; skipped")]);
        }

        var path = fields[1].Trim().Replace('\\', '/');
        var fileName = path[(path.LastIndexOf('/') + 1)..];
        var values = new DatRomValues();
        var rom = values.Rom(fileName, fields.Length > 5 ? fields[5] : null, fields[4], fields[3], fields[2], null, false, line);
        return new DatGame(Path.GetFileNameWithoutExtension(fileName), null, null, null, false, [rom], line, values.Problems);
    }

    private static bool IsHex(string value, int length) => value.Length == length && value.All(Uri.IsHexDigit);
}
