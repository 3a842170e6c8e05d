namespace RomCurator.Core.Dats.Parsing;

/// <summary>
/// Turns the text of one game's ROM fields into a <see cref="DatRom"/>, dropping each value that is not valid (hex
/// that is not hex or has the wrong length, a size that is negative or too large) and recording it as a problem
/// with its line, so nothing is dropped silently.
/// </summary>
public sealed class DatRomValues
{
    private readonly List<DatProblem> problems = [];

    public IReadOnlyList<DatProblem>? Problems => problems.Count == 0 ? null : problems;

    public void Add(DatProblem problem) => problems.Add(problem);

    public DatRom Rom(string? name, string? size, string? crc, string? md5, string? sha1, string? status, bool isDisk, int line)
    {
        var romName = name ?? "";
        return new DatRom(
            romName,
            Size(size, romName, line),
            Hash(crc, 8, "crc", romName, line),
            Hash(md5, 32, "md5", romName, line),
            Hash(sha1, 40, "sha1", romName, line),
            status,
            isDisk,
            line);
    }

    private string? Hash(string? value, int length, string field, string rom, int line)
    {
        var hash = HashText.Normalize(value, length);
        if (hash is null && !string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new DatProblem(line, DatProblemKinds.InvalidValue,
                $"rom '{Shown(rom)}': {field} '{Shown(value)}' is not {length} hex digits; ignored"));
        }

        return hash;
    }

    private long? Size(string? value, string rom, int line)
    {
        var size = HashText.Size(value);
        if (size is null && !string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new DatProblem(line, DatProblemKinds.InvalidValue,
                $"rom '{Shown(rom)}': size '{Shown(value)}' is not a size in bytes; ignored"));
        }

        return size;
    }

    /// <summary>A value as shown in a message: at most 80 characters, control characters as '?'.</summary>
    public static string Shown(string text)
    {
        var clean = new string([.. text.Select(c => char.IsControl(c) ? '?' : c)]);
        return clean.Length <= 80 ? clean : clean[..40] + "…" + clean[^20..] + $" ({text.Length} characters)";
    }
}
