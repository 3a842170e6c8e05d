using RomCurator.Core.Configuration;
using RomCurator.Core.Logging;
using RomCurator.Core.Organizer;
using RomCurator.Core.Storage;
using RomCurator.Tests.Support;
using RomCurator.Tests.Tui.Cli;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tests.Core.Organizer;

/// <summary>
/// The engine stores codes, the interface words them: a hand move's restore row carries the code moved_by_hand (rows
/// written with the old English text are given the code by migration 0021); oneGameOneRom.otherCopies is read once
/// into a placement; the log's counts are pluralised like the interface's.
/// </summary>
public sealed class StoredNoteCodeTests
{
    [Test]
    public async Task A_hand_move_stores_the_code_and_the_interface_words_it()
    {
        using var home = new TempDirectory();
        OrganizeVerbTests.Library(home, 1);
        Directory.CreateDirectory(home.File("lib/Nintendo - Game Boy/USA"));
        File.Move(home.File("lib/incoming/g0.gb"), home.File("lib/Nintendo - Game Boy/USA/Game 0 (USA).gb"));

        CliRun.Invoke(home, "scan");

        using var connection = DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        var notes = Sql.Column(connection, "SELECT message FROM file_operation_log WHERE operation_type = 'restore'");
        await Assert.That(notes).IsEquivalentTo([OperationNotes.MovedByHand]);
        await Assert.That(OperationNoteText.Of(notes[0])).IsEqualTo("moved outside RomCurator to where the organizer puts it");
        await Assert.That(OperationNoteText.Of("disk full")).IsEqualTo("disk full");
    }

    [Test]
    public async Task Migration_21_gives_the_old_english_restore_notes_their_code()
    {
        using var folder = new TempDirectory();
        using var connection = DatabaseOpener.Open(folder.File("old.db"));
        new MigrationRunner(EmbeddedMigrations.Load().Where(m => m.Version <= 20).ToList()).Apply(connection);
        Sql.Execute(connection, """
            INSERT INTO file_operation_log (operation_type, source_path, destination_path, initiated_by, status, message)
            VALUES ('restore', '/lib/a.gb', '/lib/b/a.gb', 'ingestion', 'completed', 'moved outside RomCurator to where the organizer puts it'),
                   ('error', '/lib/bad.zip', NULL, 'ingestion', 'failed', 'moved outside RomCurator to where the organizer puts it');
            """);

        new MigrationRunner().Apply(connection);

        await Assert.That(Sql.Column(connection, "SELECT operation_type || ':' || message FROM file_operation_log ORDER BY operation_id"))
            .IsEquivalentTo(["restore:moved_by_hand", "error:moved outside RomCurator to where the organizer puts it"]);
    }

    [Test]
    public async Task Other_copies_are_read_once_into_a_placement_and_nothing_else_is_one()
    {
        await Assert.That(OtherCopiesPlacements.Parse("subfolder")).IsEqualTo(OtherCopiesPlacement.Subfolder);
        await Assert.That(OtherCopiesPlacements.Parse("stay")).IsEqualTo(OtherCopiesPlacement.Stay);
        await Assert.That(OtherCopiesPlacements.Parse("Stay ")).IsNull();
        await Assert.That(OtherCopiesPlacements.Parse(null)).IsNull();
    }

    [Test]
    public async Task The_scan_log_counts_one_problem_and_one_member_in_the_singular()
    {
        using var home = new TempDirectory();
        home.Write("lib/b.zip", "not a zip");
        File.WriteAllBytes(home.Write("lib/one.zip", ""), Fixtures.Zip(("a.gb", Fixtures.Bytes(512, 3))));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));

        CliRun.Invoke(home, "scan");

        var logs = home.File("data/romcurator/logs");
        var ingestion = File.ReadAllText(Path.Combine(logs, "ingestion.log"));
        var archives = File.ReadAllText(Path.Combine(logs, "ingestion.archive.log"));
        await Assert.That(ingestion).Contains(" 1 problem, ");
        await Assert.That(archives).Contains("one.zip: Zip, 1 member");
        await Assert.That(archives).DoesNotContain("1 members");
        await Assert.That(Plurals.Count(2, "member")).IsEqualTo("2 members");
        await Assert.That(Units.Count(1, "entry", "entries")).IsEqualTo("1 entry");
    }
}
