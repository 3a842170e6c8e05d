using RomCurator.Core.Scans;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tests.Tui.Presentation;

/// <summary>The scan summary counts files queued for review in words: one candidate, two candidates.</summary>
public sealed class ScanSummaryWordingTests
{
    private static readonly ScanSummary Summary = new(3, "completed", false, ["snes"], 1234, 12, 1, 1221, 0, 0, 13, 1 << 20, 0, 0, 0, 5, 1, 1, 0, 2.5, []);

    private static string Matched(ScanSummary summary) => ScanSummaryText.Render(summary).Single(line => line.TrimStart().StartsWith("matched", StringComparison.Ordinal));

    [Test]
    public async Task One_file_queued_is_one_candidate_and_two_are_candidates()
    {
        await Assert.That(Matched(Summary with { Candidates = 1 })).EndsWith("1 candidate for review");
        await Assert.That(Matched(Summary with { Candidates = 2 })).EndsWith("2 candidates for review");
        await Assert.That(Matched(Summary with { Candidates = 0 })).EndsWith("0 candidates for review");
    }
}
