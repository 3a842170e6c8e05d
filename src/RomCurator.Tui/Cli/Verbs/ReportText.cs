using RomCurator.Core.Reports;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>Renders the library report as text lines (pure).</summary>
public static class ReportText
{
    public static IEnumerable<string> Render(LibraryReport report)
    {
        if (report.Dats.Count == 0)
        {
            yield return "no DATs imported yet: romcurator dat import FILE...";
        }
        else
        {
            yield return $"{"DAT",-50} {"GAMES",8} {"COMPLETE",9} {"PARTIAL",8} {"MISSING",8} {"ROMS HAVE",10} {"MISSING",8}";
            foreach (var dat in report.Dats)
            {
                var name = dat.Dat.Length > 50 ? dat.Dat[..47] + "..." : dat.Dat;
                yield return $"{name,-50} {dat.Games,8:N0} {dat.GamesComplete,9:N0} {dat.GamesPartial,8:N0} {dat.GamesMissing,8:N0} {dat.RomsHave,10:N0} {dat.RomsMissing,8:N0}";
            }
        }

        if (report.Discs.Count > 0)
        {
            yield return "";
            yield return $"{"DISC IMAGE",-50} {"DAT GAME",-40} TRACKS";
            foreach (var disc in report.Discs)
            {
                var path = disc.Root.Length > 0 ? disc.Root + "/" + disc.Path : disc.Path;
                yield return $"{Fit(path, 50),-50} {Fit(disc.DatGame, 40),-40} {disc.Summary}";
            }
        }

        yield return "";
        yield return $"{"PLATFORM",-50} {"FILES",8} {"MATCHED",9} {"UNMATCHED",10} {"DUPLICATES",10}";
        foreach (var platform in report.Platforms)
        {
            yield return $"{platform.Platform,-50} {platform.Files,8:N0} {platform.Matched,9:N0} {platform.Unmatched,10:N0} {platform.Duplicates,10:N0}";
        }
    }

    private static string Fit(string text, int width) => text.Length > width ? text[..(width - 3)] + "..." : text;
}
