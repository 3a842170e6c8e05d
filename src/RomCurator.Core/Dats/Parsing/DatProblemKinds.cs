namespace RomCurator.Core.Dats.Parsing;

/// <summary>The kinds of <see cref="DatProblem"/> an import counts (the <c>kind</c> key of its JSON summary).</summary>
public static class DatProblemKinds
{
    /// <summary>A value that is not what its field holds (hash, size); the value was dropped, the entry kept.</summary>
    public const string InvalidValue = "invalid_value";

    /// <summary>A game that cannot be one (no usable name, a name over the limit); it was not imported.</summary>
    public const string GameSkipped = "game_skipped";

    /// <summary>A ROM that cannot be one (a name over the limit, nothing to identify it); it was not imported.</summary>
    public const string RomSkipped = "rom_skipped";

    /// <summary>A game listed twice whose ROM of one name differs: that ROM kept as a distinct entry ("rom (#2).bin").</summary>
    public const string DuplicateGame = "duplicate_game";

    /// <summary>A second ROM of the same name in one game: kept as a distinct entry, or merged when identical.</summary>
    public const string DuplicateRom = "duplicate_rom";

    /// <summary>A ROM with no hash at all: kept, but no file can ever match it by hash.</summary>
    public const string NoHash = "no_hash";

    /// <summary>A ROM the DAT marks as never dumped (<c>status="nodump"</c>): kept; no file can match it.</summary>
    public const string NoDump = "nodump";

    /// <summary>A name with characters that cannot be kept (NUL), replaced.</summary>
    public const string NameChanged = "name_changed";

    /// <summary>Text that is not UTF-8, read as Windows-1252.</summary>
    public const string Encoding = "encoding";

    /// <summary>A line of an SMDB that is not <c>sha256, path, sha1, md5, crc32</c> separated by tabs; skipped.</summary>
    public const string LineSkipped = "line_skipped";
}
