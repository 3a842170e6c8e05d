using System.Text.RegularExpressions;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Tui.Presentation;

/// <summary>
/// The CLI (`Cli/`) and the full-screen interface (`Shell/`) share what they both show through `Presentation/` and never
/// reach into each other's folder (only Program.cs and InteractiveShell.cs at the project root join them).
/// </summary>
public sealed partial class TuiLayeringTests
{
    private static readonly string Project = Path.Combine(RepositoryPaths.Root, "src", "RomCurator.Tui");

    [Test]
    public async Task Cli_files_never_use_the_shell()
    {
        var offenders = Offenders("Cli", ShellReference());
        await Assert.That(SourceFiles("Cli")).IsNotEmpty();
        await Assert.That(offenders).IsEmpty();
    }

    [Test]
    public async Task Shell_files_never_use_the_cli()
    {
        var offenders = Offenders("Shell", CliReference());
        await Assert.That(SourceFiles("Shell")).IsNotEmpty();
        await Assert.That(offenders).IsEmpty();
    }

    [Test]
    public async Task The_checks_recognise_a_reference_in_either_form()
    {
        await Assert.That(ShellReference().IsMatch("using RomCurator.Tui.Shell.Panes;")).IsTrue();
        await Assert.That(ShellReference().IsMatch("var x = Shell.Panes.RunRows.Header;")).IsTrue();
        await Assert.That(ShellReference().IsMatch("using RomCurator.Tui.Presentation;")).IsFalse();
        await Assert.That(CliReference().IsMatch("using RomCurator.Tui.Cli.Verbs;")).IsTrue();
        await Assert.That(CliReference().IsMatch("string.Join('\\n', Cli.Verbs.ScanSummaryText.Render(s))")).IsTrue();
        await Assert.That(CliReference().IsMatch("using RomCurator.Core.Ingestion;")).IsFalse();
    }

    private static string[] SourceFiles(string folder) =>
        Directory.GetFiles(Path.Combine(Project, folder), "*.cs", SearchOption.AllDirectories);

    private static List<string> Offenders(string folder, Regex reference) =>
        SourceFiles(folder)
            .SelectMany(file => File.ReadLines(file)
                .Select((line, index) => (line, index))
                .Where(l => reference.IsMatch(l.line))
                .Select(l => $"{Path.GetRelativePath(Project, file)}:{l.index + 1}: {l.line.Trim()}"))
            .ToList();

    [GeneratedRegex(@"\bRomCurator\.Tui\.Shell\b|(?<![\w.])Shell\.[A-Z]")]
    private static partial Regex ShellReference();

    [GeneratedRegex(@"\bRomCurator\.Tui\.Cli\b|(?<![\w.])Cli\.[A-Z]")]
    private static partial Regex CliReference();
}
