namespace RomCurator.Core.Dats.Parsing;

/// <summary>The bounds that keep one hostile DAT entry from taking the memory of the whole machine.</summary>
public static class DatLimits
{
    /// <summary>ROMs kept per game; a game listing more keeps these, and the rest is one problem.</summary>
    public const int MaxRomsPerGame = 100_000;

    /// <summary>Characters in one clrmamepro token (a name, a quoted string); a longer one is a damaged DAT.</summary>
    public const int MaxTokenChars = 16 << 20;

    /// <summary>
    /// Levels of clrmamepro blocks (<c>game ( rom ( … ) )</c> is two); real DATs use two or three, and a deeper one
    /// is a damaged DAT, refused before its nesting can exhaust the stack.
    /// </summary>
    public const int MaxBlockDepth = 32;

    /// <summary>Characters of a parser's own message kept in a refusal (the XML reader lists every unclosed element).</summary>
    public const int MaxReasonChars = 300;

    /// <summary>A parser's message cut to <see cref="MaxReasonChars"/>, its start and end kept.</summary>
    public static string Bounded(string reason) => reason.Length <= MaxReasonChars
        ? reason
        : $"{reason[..(MaxReasonChars - 60)]}…{reason[^40..]} ({reason.Length:N0} characters)";

    /// <summary>The problem of a game whose ROMs past <see cref="MaxRomsPerGame"/> were not kept.</summary>
    public static DatProblem TooManyRoms(int line, string game, long dropped) => new(line, DatProblemKinds.RomSkipped,
        $"game '{DatRomValues.Shown(game)}': more than {MaxRomsPerGame:N0} roms; the other {dropped:N0} were not imported");
}
