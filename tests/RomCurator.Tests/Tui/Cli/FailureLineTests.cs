using System.Text.Json;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;
using RomCurator.Tui.Cli.Verbs;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>
/// Every failure is one line <c>romcurator: …</c> on stderr (issue 11, items 18 and 19); with --json stdout still
/// gets one JSON object; an empty argument is a usage error; nothing reaches the user as a stack trace.
/// </summary>
public sealed class FailureLineTests
{
    [Test]
    public async Task A_failed_dat_import_says_why_on_stderr_not_on_stdout()
    {
        using var home = new TempDirectory();
        var notADat = home.Write("notes.txt", "just some text, not a DAT\n");

        var run = CliRun.Invoke(home, "dat", "import", notADat);

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Output).DoesNotContain("not a DAT");
        await Assert.That(FailureLines(run.Error)).Count().IsEqualTo(1);
        await Assert.That(run.Error).Contains("not a DAT");
    }

    [Test]
    public async Task A_failed_dat_import_with_json_keeps_its_object_on_stdout_and_the_line_on_stderr()
    {
        using var home = new TempDirectory();
        var notADat = home.Write("notes.txt", "just some text, not a DAT\n");

        var run = CliRun.Invoke(home, "dat", "import", notADat, "--json");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        using var document = JsonDocument.Parse(run.Output);
        await Assert.That(document.RootElement.GetProperty("status").GetString()).IsEqualTo("failed");
        await Assert.That(FailureLines(run.Error)).Count().IsEqualTo(1);
    }

    [Test]
    public async Task A_failed_scan_gives_its_reason_on_stderr_and_never_says_problems_none()
    {
        using var home = new TempDirectory();
        Directory.CreateDirectory(home.File("library"));
        await Assert.That(CliRun.Invoke(home, "roots", "add", home.File("library")).ExitCode).IsEqualTo(ExitCodes.Ok);
        // The scan's resume checkpoint goes to LOGS/ingestion/: a file in its way fails the run itself.
        home.Write("data/romcurator/logs/ingestion", "in the way");

        var run = CliRun.Invoke(home, "scan");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Output).DoesNotContain("problems   none");
        await Assert.That(run.Output).Contains("failed     ");
        var lines = FailureLines(run.Error);
        await Assert.That(lines).Count().IsEqualTo(1);
        await Assert.That(lines[0]).Contains("failed: ");
        await Assert.That(lines[0]).Contains("ingestion");
    }

    public static IEnumerable<Func<string[]>> EmptyArguments() =>
    [
        () => ["roots", "add", ""],
        () => ["--db", "", "db", "info"],
        () => ["--db=", "db", "info"],
        () => ["--config", "", "db", "info"],
        () => ["report", "fixdat", "--dat", "x", "-o", ""],
        () => ["files", "--root", ""],
        () => ["dat", "import", ""],
        () => ["review", "accept", ""],
    ];

    [Test]
    [MethodDataSource(nameof(EmptyArguments))]
    public async Task An_empty_argument_is_a_usage_error_in_one_line(string[] args)
    {
        using var home = new TempDirectory();

        var run = CliRun.Invoke(home, args);

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Usage);
        await Assert.That(FailureLines(run.Error)).Count().IsEqualTo(1);
        await Assert.That(run.Error).DoesNotContain(" at ");
    }

    [Test]
    public async Task Config_set_may_still_clear_a_setting_with_an_empty_value()
    {
        using var home = new TempDirectory();

        var run = CliRun.Invoke(home, "config", "set", "organizer.preset", "");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Ok);
    }

    [Test]
    public async Task An_unexpected_exception_is_one_line_naming_the_crash_log_and_exit_code_1()
    {
        using var home = new TempDirectory();

        // A NUL inside a path cannot come from a real command line; .NET's path functions throw on it, which no
        // verb expects: the dispatcher's last resort must still turn it into one line.
        var run = CliRun.Invoke(home, "roots", "add", "lib\0rary");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        var lines = FailureLines(run.Error);
        await Assert.That(lines).Count().IsEqualTo(1);
        await Assert.That(lines[0]).Contains(LastResort.LogName);
        var log = home.File("data/romcurator/logs/" + LastResort.LogName);
        await Assert.That(File.Exists(log)).IsTrue();
        await Assert.That(File.ReadAllText(log)).Contains(" at ");
    }

    [Test]
    public async Task Every_verb_that_cannot_open_its_database_fails_in_one_line_and_json_still_gets_an_object()
    {
        using var home = new TempDirectory();
        Directory.CreateDirectory(home.File("a-folder"));
        var failures = new List<string>();
        var verbs = VerbCatalog.All.Where(v => v.Words[0] is not "config").ToList();
        foreach (var verb in verbs)
        {
            var args = verb.Words.Concat(Enumerable.Repeat("1", verb.MinPositionals)).Concat(["--db", home.File("a-folder"), "--json"]).ToArray();
            var run = CliRun.Invoke(home, args);
            if (run.ExitCode is not (ExitCodes.Failed or ExitCodes.Usage) || FailureLines(run.Error).Count != 1 || !IsJsonObject(run.Output))
            {
                failures.Add($"{verb.Name}: exit {run.ExitCode}, stderr '{run.Error.Trim()}', stdout '{run.Output.Trim()}'");
            }
        }

        await Assert.That(verbs.Count).IsGreaterThan(25);
        await Assert.That(failures).IsEmpty();
    }

    [Test]
    public async Task A_verb_that_ends_with_a_failing_code_without_a_word_still_leaves_one_line()
    {
        var error = new StringWriter();
        var watch = new FailureLineWatch(error);

        watch.Write("\rscanning… 10 files");
        watch.Write("\r                  \r");
        var silent = watch.SawFailureLine;
        watch.WriteLine("romcurator: something failed");

        await Assert.That(silent).IsFalse();
        await Assert.That(watch.SawFailureLine).IsTrue();
        await Assert.That(error.ToString()).Contains("romcurator: something failed");
    }

    private static List<string> FailureLines(string error) =>
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("romcurator: ", StringComparison.Ordinal)).ToList();

    private static bool IsJsonObject(string output)
    {
        try
        {
            using var document = JsonDocument.Parse(output);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
