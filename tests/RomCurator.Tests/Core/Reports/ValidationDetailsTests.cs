using System.Text.Json;
using RomCurator.Core.Reports;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Reports;

/// <summary>The words of `validate` and `report` come from C# (the queries return facts), unchanged from when SQL built them.</summary>
public sealed class ValidationDetailsTests
{
    [Test]
    public async Task An_unmatched_file_says_whether_suggestions_wait_for_review()
    {
        await Assert.That(ValidationDetails.Unmatched(hasSuggestions: true)).IsEqualTo("has suggestions in the review queue");
        await Assert.That(ValidationDetails.Unmatched(hasSuggestions: false)).IsEqualTo("no DAT entry and no suggestion");
    }

    [Test]
    public async Task A_stale_record_says_its_root_was_removed_or_since_when_it_is_missing()
    {
        await Assert.That(ValidationDetails.Stale(rootRemoved: true, "2026-01-02 03:04:05")).IsEqualTo("its root was removed");
        await Assert.That(ValidationDetails.Stale(rootRemoved: false, "2026-01-02 03:04:05")).IsEqualTo("missing since 2026-01-02 03:04:05");
        await Assert.That(ValidationDetails.Stale(rootRemoved: false, null)).IsEqualTo("missing since an earlier scan");
    }

    [Test]
    public async Task Validate_and_report_show_the_words_for_what_the_library_holds()
    {
        using var home = new TempDirectory();
        File.WriteAllBytes(home.Write("lib/Mystery.gb", ""), Fixtures.Bytes(99, 9));
        File.WriteAllBytes(home.Write("lib/Gone.gb", ""), Fixtures.Bytes(98, 8));
        File.WriteAllBytes(home.Write("old/Old.gb", ""), Fixtures.Bytes(97, 7));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "roots", "add", home.File("old"));
        CliRun.Invoke(home, "scan");
        File.Delete(home.File("lib/Gone.gb"));
        CliRun.Invoke(home, "scan");
        CliRun.Invoke(home, "roots", "remove", "old");

        using var validation = JsonDocument.Parse(CliRun.Invoke(home, "validate", "--json").Output);
        using var report = JsonDocument.Parse(CliRun.Invoke(home, "report", "--json").Output);

        var details = validation.RootElement.GetProperty("unmatched").EnumerateArray()
            .Concat(validation.RootElement.GetProperty("stale").EnumerateArray())
            .Select(e => (Path: e.GetProperty("path").GetString(), Kind: e.GetProperty("kind").GetString(), Detail: e.GetProperty("detail").GetString()))
            .ToList();
        await Assert.That(details).Contains(("lib/Mystery.gb", "unmatched", "no DAT entry and no suggestion"));
        await Assert.That(details).Contains(("old/Old.gb", "stale", "its root was removed"));
        var gone = details.Single(d => d.Path == "lib/Gone.gb");
        await Assert.That(gone.Kind).IsEqualTo("stale");
        await Assert.That(gone.Detail).StartsWith("missing since 20");
        var platforms = report.RootElement.GetProperty("platforms").EnumerateArray().Select(p => p.GetProperty("platform").GetString()!).ToList();
        await Assert.That(platforms).IsEquivalentTo([PlatformFiles.UnknownPlatform]);
        await Assert.That(PlatformFiles.UnknownPlatform).IsEqualTo("(unknown platform)");
    }
}
