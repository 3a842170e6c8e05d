using RomCurator.Core.Dats.Import;
using RomCurator.Core.Review;
using RomCurator.Tests.Core.Ingestion;
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
        var filtered = queue.Open(filter: "Zelda");
        var accepted = queue.AcceptAtOrAbove(0.9);

        await Assert.That(queue.Open().Any(i => i.CandidateId == all[0].CandidateId || i.CandidateId == all[1].CandidateId)).IsFalse();
        await Assert.That(filtered.All(i => i.File.Contains("Zelda") || i.SuggestedTitle.Contains("Zelda"))).IsTrue();
        await Assert.That(accepted).IsGreaterThanOrEqualTo(0);
        await Assert.That(queue.Open().All(i => i.Confidence < 0.9 || queue.Open().Count(o => o.RomId == i.RomId) > 0)).IsTrue();
        await Assert.That(() => queue.Reject(all[0].CandidateId)).Throws<ArgumentException>().WithMessageContaining("already decided");
    }

    private static ScanFixture Fixture()
    {
        var fixture = new ScanFixture();
        var dat = Path.Combine(fixture.Home, "snes.dat");
        File.WriteAllText(dat, """
            clrmamepro ( name "Nintendo - Super Nintendo Entertainment System" version "1" )
            game ( name "Super Mario World (USA)" rom ( name "a.sfc" size 1 crc 00000001 ) )
            game ( name "Super Mario World (Japan)" rom ( name "b.sfc" size 1 crc 00000002 ) )
            game ( name "Zelda no Densetsu - Kamigami no Triforce (Japan)" rom ( name "c.sfc" size 1 crc 00000003 ) )
            game ( name "Zelda no Densetsu (Japan) (Beta)" rom ( name "d.sfc" size 1 crc 00000004 ) )
            """);
        using (var connection = fixture.Open())
        {
            new DatImporter(connection).Import(dat, null, CancellationToken.None);
        }

        fixture.Write("Super Mario World.sfc", IngestionJobTests.Bytes(64, 2));
        fixture.Write("Zelda (Japan).sfc", IngestionJobTests.Bytes(64, 3));
        fixture.AddRoot(platform: "snes");
        fixture.Scan();
        return fixture;
    }
}
