using System.Text;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// Renders case results as a Markdown table into the section of <c>docs/reliability.md</c> between a pair of
/// markers. The text depends only on the cases and what RomCurator recorded (no times, no temp paths), so the
/// committed document equals what a run produces.
/// </summary>
public static class ReliabilityDocument
{
    public const string HostileSection = "hostile-inputs";

    /// <summary>The key of the tests that rewrite the document: they must not run at the same time (one would undo the other).</summary>
    public const string Writers = "docs/reliability.md";

    /// <summary>Set to 1 to let the suites rewrite the document instead of failing when it is stale.</summary>
    public const string UpdateVariable = "ROMCURATOR_UPDATE_DOCS";

    /// <summary>
    /// Compares <paramref name="section"/> of docs/reliability.md with <paramref name="content"/>. Stale: with
    /// ROMCURATOR_UPDATE_DOCS=1 the document is rewritten (null), otherwise the failure says how to regenerate it.
    /// </summary>
    public static string? Stale(string section, string content, string testClass)
    {
        var path = Path.Combine(Support.RepositoryPaths.Root, "docs", "reliability.md");
        var document = File.ReadAllText(path);
        var (rendered, failure) = Check(document, section, content, testClass, Environment.GetEnvironmentVariable(UpdateVariable) == "1");
        if (rendered != document && failure is null)
        {
            File.WriteAllText(path, rendered);
        }

        return failure;
    }

    /// <summary>The document with the section rendered, and the failure to report when it differs and may not be updated.</summary>
    public static (string Rendered, string? Failure) Check(string document, string section, string content, string testClass, bool update)
    {
        var rendered = Replace(document, section, content);
        return rendered == document || update
            ? (rendered, null)
            : (rendered, $"docs/reliability.md ({section}) is stale: regenerate it with " +
                         $"{UpdateVariable}=1 dotnet test --project tests/RomCurator.Tests -- --treenode-filter \"/*/*/{testClass}/*\" and commit it");
    }

    public static string Table(IEnumerable<CaseResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| case | input | what RomCurator did / recorded message | result |");
        text.AppendLine("|---|---|---|---|");
        foreach (var result in results)
        {
            var did = result.Outcome is { } outcome
                ? $"{outcome.Finished}; {outcome.Where}: `{outcome.Recorded}`"
                : "(the case did not run to the end)";
            var verdict = result.Passed ? "pass" : "**FAIL**: " + string.Join("; ", result.Failures);
            text.AppendLine($"| {Cell(result.Case.Name)} | {Cell(result.Case.Input)} | {Cell(did)} | {Cell(verdict)} |");
        }

        return text.ToString();
    }

    /// <summary>Replaces what lies between <c>&lt;!-- SECTION:begin --&gt;</c> and <c>&lt;!-- SECTION:end --&gt;</c>.</summary>
    public static string Replace(string document, string section, string content)
    {
        var begin = $"<!-- {section}:begin -->";
        var end = $"<!-- {section}:end -->";
        var start = document.IndexOf(begin, StringComparison.Ordinal);
        var stop = document.IndexOf(end, StringComparison.Ordinal);
        if (start < 0 || stop < start)
        {
            throw new InvalidDataException($"the markers {begin} and {end} are missing or out of order");
        }

        return document[..(start + begin.Length)] + "\n" + content + document[stop..];
    }

    /// <summary>A table cell: pipes escaped, control characters (newlines, NUL…) shown as \uXXXX, never raw.</summary>
    public static string Cell(string text)
    {
        var cell = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            cell.Append(c switch
            {
                '|' => "\\|",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return cell.ToString();
    }
}
