using System.Text.Json;
using RomCurator.Core.Organizer;
using RomCurator.Tests.Support;
using RomCurator.Tests.Tui.Cli;

namespace RomCurator.Tests.Core.Organizer;

public sealed class FileOrganizerServiceTests
{
    [Test]
    public async Task A_cancelled_run_reports_the_moves_it_completed()
    {
        using var home = new TempDirectory();
        OrganizeVerbTests.Library(home, 3);
        using var cancel = new CancellationTokenSource();
        var cancelAfterFirst = new CancelWhen(cancel, p => p.Done == 1);

        var report = OrganizeVerbTests.Organizer(home).Apply(null, cancel.Token, cancelAfterFirst);

        await Assert.That(report.Status).IsEqualTo("cancelled");
        await Assert.That(report.Moved).IsEqualTo(1);
        await Assert.That(report.Failed).IsEqualTo(0);
        await Assert.That(OrganizeVerbTests.Snapshot(home).Keys.Count(k => k.StartsWith("Nintendo - Game Boy/", StringComparison.Ordinal))).IsEqualTo(1);
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        await Assert.That(Sql.Scalar<long>(connection, $"SELECT records_processed FROM import_log WHERE log_id = {report.RunId}")).IsEqualTo(1L);
        using var notes = JsonDocument.Parse(Sql.Scalar<string>(connection, $"SELECT notes FROM import_log WHERE log_id = {report.RunId}"));
        await Assert.That(notes.RootElement.GetProperty("moved").GetInt32()).IsEqualTo(1);
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM file_operation_log WHERE status = 'pending'")).IsEqualTo(0L);
    }

    private sealed class CancelWhen(CancellationTokenSource source, Func<OrganizeProgress, bool> when) : IProgress<OrganizeProgress>
    {
        public void Report(OrganizeProgress value)
        {
            if (when(value))
            {
                source.Cancel();
            }
        }
    }
}
