using RomCurator.Core.Reports;
using RomCurator.Core.Runs;

namespace RomCurator.Tui.Shell;

/// <summary>What the overview shows: the library's totals, each DAT's coverage, the last scan and organizer runs, and the pane keys to point at.</summary>
public sealed record OverviewFacts(
    LibraryTotals Totals,
    IReadOnlyList<DatCoverage> Coverage,
    RunRecord? LastScan,
    RunRecord? LastOrganize,
    string DatabasePath,
    Func<string, string> KeyFor);
