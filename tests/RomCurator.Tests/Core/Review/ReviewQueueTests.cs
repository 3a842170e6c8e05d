using RomCurator.Core.Configuration;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Library;
using RomCurator.Core.Matching;
using RomCurator.Core.Review;
using RomCurator.Core.Runs;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Review;

public sealed class ReviewQueueTests
{
    [Test]
    public async Task Accepting_links_the_file_and_its_release_settles_the_rest_and_undo_reverts_it()
    {
        using var fixture = Fixture();
        using var connection = fixture.Open();
        var queue = new ReviewQueue(connection);
        var open = queue.Open();
        var zelda = open.Where(i => i.File.EndsWith("Zelda (Japan).sfc")).ToList();

        var accepted = queue.Accept(zelda[0].CandidateId);

        await Assert.That(zelda.Count).IsGreaterThan(1);
        await Assert.That(accepted.CandidateIds.Count).IsEqualTo(zelda.Count);
        await Assert.That(queue.Open().Any(i => i.RomId == zelda[0].RomId)).IsFalse();
        await Assert.That(Sql.Scalar<string>(connection, $"SELECT match_type FROM dat_atomic_link WHERE rom_id = {zelda[0].RomId}")).IsEqualTo("manual");
        await Assert.That(Sql.Scalar<long>(connection, $"SELECT count(*) FROM release_artifact WHERE rom_id = {zelda[0].RomId}")).IsEqualTo(1L);

        var undone = queue.UndoLast();

        await Assert.That(undone!.CandidateIds.Count).IsEqualTo(zelda.Count);
        await Assert.That(queue.Open().Count(i => i.RomId == zelda[0].RomId)).IsEqualTo(zelda.Count);
        await Assert.That(Sql.Scalar<long>(connection, $"SELECT count(*) FROM dat_atomic_link WHERE rom_id = {zelda[0].RomId}")).IsEqualTo(0L);
        await Assert.That(Sql.Scalar<long>(connection, $"SELECT count(*) FROM release_artifact WHERE rom_id = {zelda[0].RomId}")).IsEqualTo(0L);
        await Assert.That(queue.UndoLast()).IsNull();
    }

    [Test]
    public async Task Accepting_an_automatic_link_upgrades_it_and_undo_restores_it()
    {
        using var fixture = Fixture();
        using var connection = fixture.Open();
        var queue = new ReviewQueue(connection);
        var ambiguous = queue.Open().First(i => i.File.EndsWith("Super Mario World.sfc"));
        var before = Sql.Scalar<string>(connection, $"SELECT match_type || ' ' || confidence FROM dat_atomic_link WHERE rom_id = {ambiguous.RomId}");

        queue.Accept(ambiguous.CandidateId);
        var accepted = Sql.Column(connection, $"SELECT match_type FROM dat_atomic_link WHERE rom_id = {ambiguous.RomId}");
        queue.UndoLast();

        await Assert.That(before).IsEqualTo("automatic 0.92");
        await Assert.That(accepted).Contains("manual");
        await Assert.That(Sql.Scalar<string>(connection, $"SELECT match_type || ' ' || confidence FROM dat_atomic_link WHERE rom_id = {ambiguous.RomId} AND dat_entry_id = (SELECT dat_entry_id FROM ingestion_candidate WHERE candidate_id = {ambiguous.CandidateId})"))
            .IsEqualTo(before);
    }

    [Test]
    public async Task Reject_skip_filters_and_bulk_accept()
    {
        using var fixture = Fixture();
        using var connection = fixture.Open();
        var queue = new ReviewQueue(connection);
        var all = queue.Open();

        queue.Reject(all[0].CandidateId);
        queue.Skip(all[1].CandidateId);
        var afterDecisions = queue.Open();
        var filtered = queue.Open(filter: "Zelda");
        var filesAtOrAbove = afterDecisions.GroupBy(i => i.RomId).Count(file => file.Max(i => i.Confidence) >= 0.9);
        var accepted = queue.AcceptAtOrAbove(0.9);

        // A rejected suggestion leaves the queue for good; a skipped one stays open, set aside (it used to leave too).
        await Assert.That(afterDecisions.Any(i => i.CandidateId == all[0].CandidateId)).IsFalse();
        await Assert.That(afterDecisions.Single(i => i.CandidateId == all[1].CandidateId).Skipped).IsTrue();
        await Assert.That(queue.Open().Any(i => i.CandidateId == all[0].CandidateId)).IsFalse();
        await Assert.That(filtered).IsNotEmpty();
        await Assert.That(filtered.Count).IsLessThan(afterDecisions.Count);
        await Assert.That(filtered.All(i => i.File.Contains("Zelda") || i.SuggestedTitle.Contains("Zelda"))).IsTrue();
        // One decision per file whose best open suggestion is at or above the threshold; none of them stays open.
        await Assert.That(filesAtOrAbove).IsGreaterThan(0);
        await Assert.That(accepted).IsEqualTo(filesAtOrAbove);
        await Assert.That(queue.Open().Where(i => i.Confidence >= 0.9)).IsEmpty();
        await Assert.That(() => queue.Reject(all[0].CandidateId)).Throws<ArgumentException>().WithMessageContaining("already decided");
    }

    [Test]
    public async Task Rejecting_an_auto_linked_suggestion_removes_its_link_and_release_link_and_undo_restores_them_exactly()
    {
        using var fixture = Fixture();
        using var connection = fixture.Open();
        var queue = new ReviewQueue(connection);
        var zelda = queue.Open().First(i => i.File.EndsWith("Zelda (Japan).sfc"));
        // The exact title links the file automatically; a later pass with auto-linking links its release too.
        var exact = ExactTitleLink(connection, zelda.RomId);
        var links = LinkRows(connection, zelda.RomId);
        var artifacts = ArtifactRows(connection, zelda.RomId);
        var best = queue.Open().First(i => i.RomId == zelda.RomId);

        var rejected = queue.Reject(best.CandidateId);
        var listed = new FileListing(connection).List(null).Single(e => e.Path == "Zelda (Japan).sfc");
        var linksAfter = LinkRows(connection, zelda.RomId);
        var artifactsAfter = ArtifactRows(connection, zelda.RomId);
        queue.UndoLast();

        await Assert.That(exact).IsTrue();
        await Assert.That(links.Count).IsEqualTo(1);
        await Assert.That(artifacts.Count).IsEqualTo(1);
        await Assert.That(rejected.Message).Contains("automatic link is removed");
        await Assert.That(linksAfter).IsEmpty();
        await Assert.That(artifactsAfter).IsEmpty();
        await Assert.That(listed.Match).IsEqualTo("candidate").Because("a rejected title match is no match");
        await Assert.That(listed.Linked).IsFalse();
        await Assert.That(LinkRows(connection, zelda.RomId)).IsEquivalentTo(links);
        await Assert.That(ArtifactRows(connection, zelda.RomId)).IsEquivalentTo(artifacts);
        await Assert.That(CandidateRows(connection, zelda.RomId)).IsNotEmpty();
        await Assert.That(CandidateRows(connection, zelda.RomId).All(row => row.EndsWith("|0||"))).IsTrue();
    }

    [Test]
    public async Task Accepting_another_suggestion_leaves_one_link_and_undo_restores_the_automatic_one()
    {
        using var fixture = Fixture();
        using var connection = fixture.Open();
        var queue = new ReviewQueue(connection);
        var mario = queue.Open().Where(i => i.File.EndsWith("Super Mario World.sfc")).ToList();
        var before = LinkRows(connection, mario[0].RomId);
        var linked = Sql.Scalar<long>(connection, $"SELECT dat_entry_id FROM dat_atomic_link WHERE rom_id = {mario[0].RomId}");
        var other = mario.Single(i => EntryOf(connection, i.CandidateId) != linked);

        queue.Accept(other.CandidateId);
        var after = Sql.Column(connection, $"SELECT dat_entry_id || '|' || match_type FROM dat_atomic_link WHERE rom_id = {other.RomId}");
        queue.UndoLast();

        await Assert.That(before.Count).IsEqualTo(1);
        await Assert.That(after).IsEquivalentTo([$"{EntryOf(connection, other.CandidateId)}|manual"]);
        await Assert.That(LinkRows(connection, other.RomId)).IsEquivalentTo(before);
        await Assert.That(ArtifactRows(connection, other.RomId)).IsEmpty();
        await Assert.That(queue.Open().Count(i => i.RomId == other.RomId)).IsEqualTo(mario.Count);
    }

    [Test]
    public async Task Skip_keeps_the_suggestion_open_at_the_back_and_undo_restores_it()
    {
        using var fixture = Fixture();
        using var connection = fixture.Open();
        var queue = new ReviewQueue(connection);
        var first = queue.Open()[0];
        var links = LinkRows(connection, first.RomId);
        var candidates = CandidateRows(connection, first.RomId);

        var skipped = queue.Skip(first.CandidateId);
        var open = queue.Open();
        var undone = queue.UndoLast();

        await Assert.That(skipped.Message).Contains("stays in the queue");
        await Assert.That(open.Single(i => i.CandidateId == first.CandidateId).Skipped).IsTrue();
        await Assert.That(open.SkipWhile(i => i.RomId != first.RomId).All(i => i.RomId == first.RomId))
            .IsTrue().Because("the skipped file's suggestions come after every other file's");
        await Assert.That(open[0].RomId).IsNotEqualTo(first.RomId);
        await Assert.That(open.Count).IsEqualTo(queue.Open().Count);
        await Assert.That(LinkRows(connection, first.RomId)).IsEquivalentTo(links).Because("skipping decides nothing");
        await Assert.That(undone!.Message).Contains("skipped");
        await Assert.That(CandidateRows(connection, first.RomId)).IsEquivalentTo(candidates);
        await Assert.That(queue.Open()[0].CandidateId).IsEqualTo(first.CandidateId);
    }

    [Test]
    public async Task A_skipped_suggestion_can_still_be_decided_and_undo_brings_back_the_skip()
    {
        using var fixture = Fixture();
        using var connection = fixture.Open();
        var queue = new ReviewQueue(connection);
        var first = queue.Open()[0];
        queue.Skip(first.CandidateId);
        var skippedState = CandidateRows(connection, first.RomId);

        queue.Reject(first.CandidateId);
        var rejectedListed = queue.Open().Any(i => i.CandidateId == first.CandidateId);
        queue.UndoLast();

        await Assert.That(rejectedListed).IsFalse();
        await Assert.That(CandidateRows(connection, first.RomId)).IsEquivalentTo(skippedState);
        await Assert.That(queue.Open().Single(i => i.CandidateId == first.CandidateId).Skipped).IsTrue();
    }

    [Test]
    public async Task A_file_decided_without_a_link_gets_suggestions_again_only_from_dat_entries_imported_later()
    {
        using var fixture = Fixture();
        using var connection = fixture.Open();
        var queue = new ReviewQueue(connection);
        var zelda = queue.Open().Where(i => i.File.EndsWith("Zelda (Japan).sfc")).ToList();
        foreach (var item in zelda)
        {
            queue.Reject(item.CandidateId);
        }

        var rematch = Match(connection);
        var afterRematch = queue.Open().Count(i => i.RomId == zelda[0].RomId);
        var dat = Path.Combine(fixture.Home, "more.dat");
        File.WriteAllText(dat, """
            clrmamepro ( name "Nintendo - Super Nintendo Entertainment System (extra)" version "1" )
            game ( name "Zelda no Densetsu - Kamigami no Triforce (Japan) (Rev 1)" rom ( name "e.sfc" size 4096 crc 00000005 ) )
            """);
        new DatImporter(connection).Import(dat, "snes", CancellationToken.None);
        Match(connection);
        var fresh = queue.Open().Where(i => i.RomId == zelda[0].RomId).ToList();

        await Assert.That(rematch.Candidates).IsEqualTo(0L);
        await Assert.That(afterRematch).IsEqualTo(0).Because("rejected suggestions do not come back");
        await Assert.That(fresh.Select(i => i.SuggestedTitle)).IsEquivalentTo(["Zelda no Densetsu - Kamigami no Triforce (Japan) (Rev 1)"]);
        await Assert.That(Sql.Scalar<long>(connection, $"SELECT count(*) FROM ingestion_candidate WHERE rom_id = {zelda[0].RomId} AND processed = 1"))
            .IsEqualTo((long)zelda.Count);
    }

    private static MatchSummary Match(Microsoft.Data.Sqlite.SqliteConnection connection, bool autoLink = true)
    {
        var logId = new ImportRunStore(connection).Start(MatchingJob.SourceName);
        return new MatchingJob(connection, new MatchingSettings { AutoLinkHighConfidence = autoLink }, CandidateOrder.DefaultPreferences).Run(logId);
    }

    /// <summary>Links Zelda by its exact title with auto-linking off (link and suggestions), then with it on (release link).</summary>
    private static bool ExactTitleLink(Microsoft.Data.Sqlite.SqliteConnection connection, long romId)
    {
        Sql.Execute(connection, $"DELETE FROM ingestion_candidate WHERE rom_id = {romId}; DELETE FROM dat_atomic_link WHERE rom_id = {romId}");
        Sql.Execute(connection, $"UPDATE rom_file SET filename = 'Zelda no Densetsu - Kamigami no Triforce (Japan).sfc' WHERE rom_id = {romId}");
        Match(connection, autoLink: false);
        Match(connection, autoLink: true);
        return Sql.Scalar<long>(connection, $"SELECT count(*) FROM dat_atomic_link WHERE rom_id = {romId} AND match_type = 'automatic' AND confidence >= 0.95") == 1
               && Sql.Scalar<long>(connection, $"SELECT count(*) FROM ingestion_candidate WHERE rom_id = {romId} AND coalesce(processed, 0) = 0") > 0;
    }

    private static long EntryOf(Microsoft.Data.Sqlite.SqliteConnection connection, long candidateId) =>
        Sql.Scalar<long>(connection, $"SELECT dat_entry_id FROM ingestion_candidate WHERE candidate_id = {candidateId}");

    private static List<string> LinkRows(Microsoft.Data.Sqlite.SqliteConnection connection, long romId) => Sql.Column(connection,
        $"SELECT link_id || '|' || dat_entry_id || '|' || atomic_id || '|' || rom_id || '|' || match_type || '|' || confidence || '|' || ifnull(log_id, '') || '|' || created_at FROM dat_atomic_link WHERE rom_id = {romId} ORDER BY link_id");

    private static List<string> ArtifactRows(Microsoft.Data.Sqlite.SqliteConnection connection, long romId) => Sql.Column(connection,
        $"SELECT artifact_id || '|' || release_id || '|' || artifact_type || '|' || ifnull(artifact_sequence, '') || '|' || ifnull(log_id, '') || '|' || created_at FROM release_artifact WHERE rom_id = {romId} ORDER BY artifact_id");

    private static List<string> CandidateRows(Microsoft.Data.Sqlite.SqliteConnection connection, long romId) => Sql.Column(connection,
        $"SELECT candidate_id || '|' || ifnull(processed, '') || '|' || ifnull(decision, '') || '|' || ifnull(decided_at, '') FROM ingestion_candidate WHERE rom_id = {romId} ORDER BY candidate_id");

    private static ScanFixture Fixture()
    {
        var fixture = new ScanFixture();
        var dat = Path.Combine(fixture.Home, "snes.dat");
        File.WriteAllText(dat, """
            clrmamepro ( name "Nintendo - Super Nintendo Entertainment System" version "1" )
            game ( name "Super Mario World (USA)" rom ( name "a.sfc" size 4096 crc 00000001 ) )
            game ( name "Super Mario World (Japan)" rom ( name "b.sfc" size 4096 crc 00000002 ) )
            game ( name "Zelda no Densetsu - Kamigami no Triforce (Japan)" rom ( name "c.sfc" size 4096 crc 00000003 ) )
            game ( name "Zelda no Densetsu (Japan) (Beta)" rom ( name "d.sfc" size 4096 crc 00000004 ) )
            """);
        using (var connection = fixture.Open())
        {
            new DatImporter(connection).Import(dat, null, CancellationToken.None);
        }

        fixture.Write("Super Mario World.sfc", Fixtures.Bytes(4096, 2));
        fixture.Write("Zelda (Japan).sfc", Fixtures.Bytes(4096, 3));
        fixture.AddRoot(platform: "snes");
        fixture.Scan();
        return fixture;
    }
}
