using System.Text;
using RomCurator.Core.Dats.Parsing;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// What of a DAT game can be imported, as a pure function: a game without a usable name or with a name over
/// <see cref="MaxNameBytes"/> is not a game; a ROM with such a name is dropped; a NUL or an unpaired surrogate in a name is replaced; a ROM
/// without any hash is kept but can never match by hash (one never dumped is noted); past <see cref="MaxRomsPerGame"/> ROMs the rest of a
/// game is dropped. Each is one <see cref="DatProblem"/>; the checked game is null when it is not imported.
/// </summary>
public static class DatGameCheck
{
    public const int MaxNameBytes = 1024;
    public const int MaxRomsPerGame = DatLimits.MaxRomsPerGame;

    public static (DatGame? Game, IReadOnlyList<DatProblem> Problems) Check(DatGame game)
    {
        var problems = new List<DatProblem>(game.ProblemList);
        if (game.Name.Trim().Length == 0)
        {
            if (!problems.Any(p => p.Kind == DatProblemKinds.LineSkipped))
            {
                problems.Add(new DatProblem(game.Line, DatProblemKinds.GameSkipped,
                    $"a game with no name, description or comment ({game.Roms.Count} rom{(game.Roms.Count == 1 ? "" : "s")}); not imported"));
            }

            return (null, problems);
        }

        if (Encoding.UTF8.GetByteCount(game.Name) > MaxNameBytes)
        {
            problems.Add(new DatProblem(game.Line, DatProblemKinds.GameSkipped,
                $"game '{DatRomValues.Shown(game.Name)}': a name longer than {MaxNameBytes} bytes; not imported"));
            return (null, problems);
        }

        var name = Clean(game.Name, game.Line, "game", problems);
        var roms = new List<DatRom>(Math.Min(game.Roms.Count, MaxRomsPerGame));
        var romChanged = false;
        foreach (var rom in game.Roms)
        {
            if (roms.Count == MaxRomsPerGame)
            {
                problems.Add(DatLimits.TooManyRoms(rom.Line, name, game.Roms.Count - MaxRomsPerGame));
                break;
            }

            if (Encoding.UTF8.GetByteCount(rom.Name) > MaxNameBytes)
            {
                problems.Add(new DatProblem(rom.Line, DatProblemKinds.RomSkipped,
                    $"game '{DatRomValues.Shown(name)}': a rom name longer than {MaxNameBytes} bytes; not imported"));
                continue;
            }

            var cleanName = Clean(rom.Name, rom.Line, "rom", problems);
            var kept = ReferenceEquals(cleanName, rom.Name) ? rom : rom with { Name = cleanName };
            romChanged |= !ReferenceEquals(kept, rom);
            if (IsNoDump(kept))
            {
                problems.Add(new DatProblem(rom.Line, DatProblemKinds.NoDump,
                    $"game '{DatRomValues.Shown(name)}': rom '{DatRomValues.Shown(kept.Name)}' was never dumped (status nodump); kept, no file can match it"));
            }
            else if (!kept.HasHash)
            {
                problems.Add(new DatProblem(rom.Line, DatProblemKinds.NoHash,
                    $"game '{DatRomValues.Shown(name)}': rom '{DatRomValues.Shown(kept.Name)}' has no hash; kept, but no file can match it by hash"));
            }

            roms.Add(kept);
        }

        var description = game.Description is null ? null : Clean(game.Description, 0, null, null);

        // Most games pass unchanged: they are returned as they are, not copied.
        var unchanged = !romChanged && roms.Count == game.Roms.Count && ReferenceEquals(name, game.Name) && ReferenceEquals(description, game.Description);
        return (unchanged ? game : game with { Name = name, Description = description, Roms = roms }, problems);
    }

    /// <summary>A ROM the DAT says was never dumped: nothing can have it, so it is no problem that it has no hash.</summary>
    public static bool IsNoDump(DatRom rom) => string.Equals(rom.Status, "nodump", StringComparison.OrdinalIgnoreCase);

    private static string Clean(string name, int line, string? what, List<DatProblem>? problems)
    {
        var text = name.AsSpan();
        var nul = text.Contains('\0');
        if (!nul && !text.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return name;
        }

        var cleaned = name.Replace('\0', '\uFFFD');
        if (nul)
        {
            problems?.Add(new DatProblem(line, DatProblemKinds.NameChanged,
                $"{what} '{DatRomValues.Shown(cleaned)}': a NUL character in the name, replaced by U+FFFD"));
        }

        var paired = WithoutLoneSurrogates(cleaned);
        if (!ReferenceEquals(paired, cleaned))
        {
            problems?.Add(new DatProblem(line, DatProblemKinds.NameChanged,
                $"{what} '{DatRomValues.Shown(paired)}': an unpaired surrogate (not a character) in the name, replaced by U+FFFD"));
        }

        return nul ? paired : ReferenceEquals(paired, cleaned) ? name : paired;
    }

    /// <summary>
    /// The text with each unpaired surrogate (an XML character reference such as &amp;#xD800; gives one) replaced by
    /// U+FFFD, as its UTF-8 encoding stores it: two names that differ only there are one name in the database, and
    /// must be one here too (a game listed twice, not two new rows of one key). The text itself when it has none.
    /// </summary>
    private static string WithoutLoneSurrogates(string text)
    {
        char[]? replaced = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                replaced ??= text.ToCharArray();
                replaced[i] = '\uFFFD';
            }
        }

        return replaced is null ? text : new string(replaced);
    }
}
