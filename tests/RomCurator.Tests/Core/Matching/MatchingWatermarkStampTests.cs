using Microsoft.Data.Sqlite;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Matching;
using RomCurator.Core.Preferred;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Matching;

/// <summary>
/// The watermark is trusted only by the build that saved it: one saved by another build of the same version (other
/// sources, no git to tell them apart) makes the next pass a full one, which saves this build's; a build without a
/// source fingerprint trusts none.
/// </summary>
public sealed class MatchingWatermarkStampTests
{
    private static readonly string OtherBuild = CodeStamp.Current!.Replace(
        CodeStamp.Fingerprint(typeof(CodeStamp).Assembly)!, new string('0', 64), StringComparison.Ordinal);

    [Test]
    public async Task A_watermark_saved_by_another_build_of_the_same_version_makes_the_next_pass_full()
    {
        using var fixture = Library();
        using var connection = fixture.Open();
        fixture.Scan();
        var settled = Scope(fixture, connection);
        var state = Sql.Scalar<string>(connection, "SELECT state FROM matching_watermark");

        Restamp(connection, CodeStamp.Current!, OtherBuild);
        var afterOtherBuild = Scope(fixture, connection);
        Match(fixture, connection);
        var rewritten = Sql.Scalar<string>(connection, "SELECT state FROM matching_watermark");
        var settledAgain = Scope(fixture, connection);
        var byOtherBuild = Scope(fixture, connection, new MatchingWatermark(connection, OtherBuild));

        await Assert.That(settled.Full).IsFalse();
        await Assert.That(afterOtherBuild.Full).IsTrue();
        await Assert.That(state).StartsWith(CodeStamp.Current! + " | ");
        await Assert.That(rewritten).IsEqualTo(state);
        await Assert.That(settledAgain.Full).IsFalse();
        await Assert.That(byOtherBuild.Full).IsTrue();
    }

    [Test]
    public async Task A_build_without_a_source_fingerprint_trusts_no_watermark()
    {
        using var fixture = Library();
        using var connection = fixture.Open();
        fixture.Scan();
        var settled = Scope(fixture, connection);
        var unstamped = new MatchingWatermark(connection, null);
        var watermark = Sql.Scalar<long>(connection, "SELECT count(*) FROM matching_watermark");
        var seen = unstamped.Observe(fixture.Settings.Settings.Matching, VariantPreferences.From(fixture.Settings.Settings.OneGameOneRom));
        unstamped.Save(seen, Sql.Scalar<long>(connection, "SELECT log_id FROM matching_watermark"));

        await Assert.That(settled.Full).IsFalse();
        await Assert.That(watermark).IsEqualTo(1);
        await Assert.That(Scope(fixture, connection, unstamped).Full).IsTrue().Because("even right after its own save");
        await Assert.That(Scope(fixture, connection).Full).IsTrue().Because("this build's stamp is not in it");
    }

    private static ScanFixture Library()
    {
        var fixture = new ScanFixture();
        var dat = Path.Combine(fixture.Home, "gb.dat");
        File.WriteAllText(dat, "clrmamepro ( name \"Nintendo - Game Boy\" version \"1\" )\n"
                               + "game ( name \"Tetris (USA)\" rom ( name \"Tetris (USA).gb\" size 4096 crc 00000001 ) )\n");
        using (var connection = fixture.Open())
        {
            new DatImporter(connection).Import(dat, null, CancellationToken.None);
        }

        fixture.Write("gb/Tetris.gb", Fixtures.Bytes(4096, 11));
        fixture.AddRoot(Path.Combine(fixture.Library, "gb"), platform: "gb");
        return fixture;
    }

    private static void Restamp(SqliteConnection connection, string from, string to)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE matching_watermark SET state = replace(state, $from, $to)";
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        command.ExecuteNonQuery();
    }

    private static void Match(ScanFixture fixture, SqliteConnection connection) =>
        new MatchRun(connection, fixture.Settings.Settings.Matching, VariantPreferences.From(fixture.Settings.Settings.OneGameOneRom)).Run();

    private static MatchScope Scope(ScanFixture fixture, SqliteConnection connection, MatchingWatermark? watermark = null)
    {
        watermark ??= new MatchingWatermark(connection);
        return watermark.Scope(watermark.Observe(fixture.Settings.Settings.Matching, VariantPreferences.From(fixture.Settings.Settings.OneGameOneRom)));
    }
}
