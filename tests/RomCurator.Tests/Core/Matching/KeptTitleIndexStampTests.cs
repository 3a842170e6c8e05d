using System.Text;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Matching;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Matching;

/// <summary>
/// Kept title index rows are trusted only by the build that wrote them: rows of another build of the same version
/// (other sources, no git to tell them apart) are rebuilt, and a build without a source fingerprint keeps nothing.
/// Whether rows were trusted shows in a name changed behind their back: kept rows still find it under its old words.
/// </summary>
public sealed class KeptTitleIndexStampTests
{
    private static readonly string Version = CodeStamp.Current![..CodeStamp.Current!.IndexOf(" src:", StringComparison.Ordinal)];

    /// <summary>The stamp another build of this version, from other sources, has.</summary>
    private static readonly string OtherBuild = CodeStamp.Current!.Replace(
        CodeStamp.Fingerprint(typeof(CodeStamp).Assembly)!, new string('0', 64), StringComparison.Ordinal);

    [Test]
    public async Task Rows_kept_by_another_build_of_the_same_version_are_not_trusted_and_are_written_again()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        var platformId = ImportTestcart(database);
        var built = Titles(connection, platformId, "Moon Patrol");
        var stampByThisBuild = Sql.Scalar<string>(connection, "SELECT stamp FROM dat_title_index");

        // Rows as another build of this version left them: the same rows, its stamp.
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE dat_title_index SET stamp = replace(stamp, $mine, $other)";
            command.Parameters.AddWithValue("$mine", CodeStamp.Current!);
            command.Parameters.AddWithValue("$other", OtherBuild);
            command.ExecuteNonQuery();
        }

        Rename(connection);
        var afterOtherBuild = Titles(connection, platformId, "Moon Patrol");
        var stampRewritten = Sql.Scalar<string>(connection, "SELECT stamp FROM dat_title_index");

        // And the other way round: this build's rows read by the other build.
        Unrename(connection);
        var byOtherBuild = Titles(connection, platformId, "Moon Patrol", new KeptTitleIndex(connection, OtherBuild));
        var stampOfOtherBuild = Sql.Scalar<string>(connection, "SELECT stamp FROM dat_title_index");

        await Assert.That(built).IsEqualTo("Moon Patrol (World)");
        await Assert.That(afterOtherBuild).IsEqualTo("").Because("built from the names: Moon Patrol is gone");
        await Assert.That(stampByThisBuild).StartsWith(CodeStamp.Current! + "|");
        await Assert.That(OtherBuild).StartsWith(Version + " src:").And.IsNotEqualTo(CodeStamp.Current!);
        await Assert.That(stampRewritten).IsEqualTo(stampByThisBuild);
        await Assert.That(byOtherBuild).IsEqualTo("Moon Patrol (World)");
        await Assert.That(stampOfOtherBuild).StartsWith(OtherBuild + "|");
    }

    [Test]
    public async Task A_build_without_a_source_fingerprint_keeps_nothing_and_trusts_no_kept_rows()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        var platformId = ImportTestcart(database);
        Titles(connection, platformId, "Moon Patrol");
        var keptByThisBuild = Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_title_index");

        Rename(connection);
        var unstamped = Titles(connection, platformId, "Moon Patrol", new KeptTitleIndex(connection, null));
        var keptAfterUnstamped = Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_title_index") + Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_title_chunk");
        var unstampedAgain = Titles(connection, platformId, "Star Quest", new KeptTitleIndex(connection, null));

        await Assert.That(keptByThisBuild).IsEqualTo(1);
        await Assert.That(unstamped).IsEqualTo("").Because("built from the names: Moon Patrol is gone");
        await Assert.That(keptAfterUnstamped).IsEqualTo(0);
        await Assert.That(unstampedAgain).IsEqualTo("Star Quest (USA)");
    }

    private static long ImportTestcart(TestDatabase database)
    {
        var path = Path.Combine(Path.GetDirectoryName(database.Path)!, "one.dat");
        var text = new StringBuilder("clrmamepro ( name \"Acme - Testcart\" version \"1\" )\n");
        var crc = 1;
        foreach (var game in new[] { "Rocket Race (USA)", "Rocket Race (Japan)", "Moon Patrol (World)" })
        {
            text.Append($"game ( name \"{game}\" rom ( name \"{game}.bin\" size 1 crc {crc++:x8} ) )\n");
        }

        File.WriteAllText(path, text.ToString());
        new DatImporter(database.Connection).Import(path, null, CancellationToken.None);
        return Sql.Scalar<long>(database.Connection, "SELECT platform_id FROM dat_entry LIMIT 1");
    }

    /// <summary>A name changed behind the kept rows' back (never done outside an import, which makes them stale).</summary>
    private static void Rename(SqliteConnection connection) =>
        Sql.Execute(connection, "UPDATE dat_entry SET game_name = 'Star Quest (USA)' WHERE game_name = 'Moon Patrol (World)'");

    private static void Unrename(SqliteConnection connection) =>
        Sql.Execute(connection, "UPDATE dat_entry SET game_name = 'Moon Patrol (World)' WHERE game_name = 'Star Quest (USA)'");

    private static string Titles(SqliteConnection connection, long platformId, string fileName, KeptTitleIndex? kept = null)
    {
        using var transaction = connection.BeginTransaction();
        using var index = TitleIndex.Load(connection, platformId, kept ?? new KeptTitleIndex(connection));
        var titles = index.Candidates(TitleFacts.FromFileName(fileName + ".bin")).Select(t => t.GameName);
        var text = string.Join(", ", titles);
        transaction.Commit();
        return text;
    }
}
