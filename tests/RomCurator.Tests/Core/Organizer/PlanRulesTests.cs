using RomCurator.Core.Organizer;

namespace RomCurator.Tests.Core.Organizer;

/// <summary>The organizer's skip reasons and destination rules, as pure functions: no database, no file.</summary>
public sealed class PlanRulesTests
{
    [Test]
    [Arguments(true, "bad header", true, true, true, SkipReason.UnreadableArchive)]
    [Arguments(false, "bad header", false, false, false, SkipReason.UnreadableArchive)]
    [Arguments(true, null, true, true, true, SkipReason.MixedArchive)]
    [Arguments(false, null, true, true, true, SkipReason.LinkedNotVerified)]
    [Arguments(false, null, false, true, true, SkipReason.WaitsInReview)]
    [Arguments(false, null, false, false, true, SkipReason.EntryWithoutRelease)]
    [Arguments(false, null, false, false, false, SkipReason.NoMatch)]
    public async Task The_first_reason_that_applies_is_the_one_given(bool archive, string? error, bool releaseLink, bool inReview, bool datLink, SkipReason expected)
    {
        await Assert.That(SkipReasons.For(new FileFacts(archive, error, releaseLink, inReview, datLink))).IsEqualTo(expected);
    }

    [Test]
    public async Task Every_reason_has_its_own_words_and_an_unreadable_archive_quotes_the_scan_error()
    {
        var words = Enum.GetValues<SkipReason>().Select(reason => SkipReasons.Text(reason, "CRC error")).ToList();

        await Assert.That(words.Count).IsEqualTo(11);
        await Assert.That(words.Distinct().Count()).IsEqualTo(words.Count);
        await Assert.That(SkipReasons.Text(SkipReason.UnreadableArchive, "CRC error")).StartsWith("the archive could not be read (CRC error)");
        await Assert.That(SkipReasons.Text(SkipReason.WaitsInReview)).Contains("review queue");
        await Assert.That(SkipReasons.Text(SkipReason.UnverifiedPolicy)).Contains("organizer.unverified is 'skip'");
        await Assert.That(SkipReasons.Text(SkipReason.OtherCopyPreferred, "Tetris (World) (Rev 1)"))
            .IsEqualTo("another copy of the game is preferred (1G1R: Tetris (World) (Rev 1)); it stays where it is");
        await Assert.That(SkipReasons.Text(SkipReason.LeavesRoot)).IsEqualTo("the destination would leave the root");
    }

    [Test]
    public async Task A_duplicate_note_names_the_kept_copy_without_parentheses_of_its_own()
    {
        // The plan shows a note in parentheses after the move ("→ _duplicates/x.gb  (note)"): the note nests none.
        var note = DuplicateLayout.Note("incoming/alpha.gb");

        await Assert.That(note).IsEqualTo("duplicate: the same content is kept at 'incoming/alpha.gb'; organizer.duplicates is 'move'");
        await Assert.That(note).DoesNotContain("(");
    }

    [Test]
    [Arguments("{platform}/{region}/{title}{ext}", true, "in/x.GB", "Nintendo - Game Boy/USA/Alpha (USA).gb")]
    [Arguments("{platform}/{region}/{title}{ext}", false, "in/x.GB", "Nintendo - Game Boy/Unverified/USA/Alpha (USA)/x.GB")]
    [Arguments("{platform}/{letter}/{base_title}/{title}{ext}", true, "a.tar.gz", "Nintendo - Game Boy/A/Alpha/Alpha (USA).tar.gz")]
    [Arguments("{platform}/{title}{ext}", true, "noext", "Nintendo - Game Boy/Alpha (USA)")]
    public async Task The_destination_follows_the_template_or_the_unverified_layout(string template, bool verified, string from, string expected)
    {
        var release = new ReleasePlacement("Alpha (USA)", "USA", "Nintendo - Game Boy", "Alpha", verified);

        await Assert.That(DestinationRules.Destination(new OrganizerTemplate(template), release, from, preset: null)).IsEqualTo(expected);
    }

    [Test]
    public async Task A_preset_names_the_platform_folder_and_a_missing_region_is_Unknown()
    {
        var release = new ReleasePlacement("Alpha", null, "Nintendo - Game Boy", null, Verified: true);

        await Assert.That(DestinationRules.Destination(new OrganizerTemplate("{platform}/{region}/{title}{ext}"), release, "a.gb", "es-de"))
            .IsEqualTo("gb/Unknown/Alpha.gb");
    }
}
