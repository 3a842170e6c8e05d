using RomCurator.Tests.Support;
using RomCurator.Tui.Shell;
using Terminal.Gui.Views;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>The slow reads of the Overview and the DATs pane: one at a time, on their own connection, failures as one line.</summary>
public sealed class BackgroundReadTests
{
    [Test]
    public async Task Asking_again_while_a_read_runs_queues_one_more_read_and_only_the_newest_ending_is_handed_over()
    {
        using var database = new TestDatabase();
        using var terminal = new HeadlessTerminal(_ => new Window());
        var read = new BackgroundRead<string>(terminal.App, database.Path);
        using var release = new ManualResetEventSlim();
        var running = 0;
        var most = 0;
        var started = new List<string>();
        var endings = new List<string?>();

        Func<Microsoft.Data.Sqlite.SqliteConnection, string> Reading(string name) => connection =>
        {
            lock (started)
            {
                started.Add(name);
            }

            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            release.Wait(Wait.HangGuard);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version";
            var version = command.ExecuteScalar();
            Interlocked.Decrement(ref running);
            return $"{name} {version}";
        };

        read.Start(Reading("first"), error => error.Message, ending => endings.Add(ending.Result));
        read.Start(Reading("second"), error => error.Message, ending => endings.Add(ending.Result));
        read.Start(Reading("third"), error => error.Message, ending => endings.Add(ending.Result));
        release.Set();
        Wait.Eventually(() => read.Tick(), () => !read.IsRunning);

        await Assert.That(started).IsEquivalentTo(["first", "third"]);
        await Assert.That(most).IsEqualTo(1);
        await Assert.That(endings).Count().IsEqualTo(1);
        await Assert.That(endings[0]).StartsWith("third ");
        await Assert.That(endings[0]).IsNotEqualTo("third 0");
    }

    [Test]
    public async Task What_a_read_throws_is_handed_over_as_one_line()
    {
        using var database = new TestDatabase();
        using var terminal = new HeadlessTerminal(_ => new Window());
        var read = new BackgroundRead<string>(terminal.App, database.Path);
        var endings = new List<BackgroundJob<string, string>.Ending>();

        read.Start(_ => throw new InvalidOperationException("no such table: dat_file"), error => "not counted: " + error.Message, endings.Add);
        Wait.Eventually(() => read.Tick(), () => !read.IsRunning);

        await Assert.That(endings).Count().IsEqualTo(1);
        await Assert.That(endings[0].Failure).IsEqualTo("not counted: no such table: dat_file");
        await Assert.That(endings[0].Result).IsNull();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
