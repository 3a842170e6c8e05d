using System.Globalization;

namespace RomCurator.Core.Logging;

/// <summary>
/// Counts with their noun, singular for one ("1 problem", "2 problems"): for the engine's log lines, and behind the
/// interface's <c>Units.Count</c>/<c>Units.Plural</c>, so the rule is written once.
/// </summary>
public static class Plurals
{
    /// <summary>A count with its noun, singular for one: "1 file", "1,234 files".</summary>
    public static string Count(long count, string singular, string? plural = null) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {Word(count, singular, plural)}";

    /// <summary>The word that goes with <paramref name="count"/>, singular for one: ("line", "lines"), ("is", "are").</summary>
    public static string Word(long count, string singular, string? plural = null) => count == 1 ? singular : plural ?? singular + "s";
}
