namespace RomCurator.Tui.Shell.Prompting;

/// <summary>
/// Tab completion of a path, as in a shell: one match completes it (a folder gets its trailing separator), several
/// complete their common start and are listed, none says so. <c>~</c> stands for the home folder. Hidden entries are
/// offered only when the typed name starts with a dot. An unreadable folder offers nothing and never fails.
/// </summary>
public sealed class PathCompleter(bool foldersOnly) : IPromptAssist
{
    private const int MaxListed = 200;

    public string Keys => "Tab Complete";

    public IReadOnlyList<PromptChoice> Live(string text) => [];

    public PromptCompletion Complete(string text)
    {
        var typed = Expand(text);
        var cut = typed.LastIndexOf(Path.DirectorySeparatorChar);
        var folder = cut < 0 ? Environment.CurrentDirectory : typed[..(cut + 1)];
        var start = cut < 0 ? typed : typed[(cut + 1)..];
        var matches = Entries(folder, start);
        if (matches.Count == 0)
        {
            return new PromptCompletion(text, [], $"nothing in {folder} starts with '{start}'");
        }

        var prefix = cut < 0 ? "" : typed[..(cut + 1)];
        if (matches.Count == 1)
        {
            return new PromptCompletion(prefix + matches[0], []);
        }

        var common = matches.Aggregate(CommonStart);
        return new PromptCompletion(prefix + (common.Length > start.Length ? common : start), matches);
    }

    private static string Expand(string text) =>
        text == "~" ? Home() + Path.DirectorySeparatorChar
        : text.StartsWith("~" + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Home() + text[1..]
        : text;

    private static string Home() => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    private List<string> Entries(string folder, string start)
    {
        try
        {
            var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
            var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options)
                .Where(e => !foldersOnly || e is DirectoryInfo)
                .Where(e => start.StartsWith('.') || !e.Name.StartsWith('.'))
                .Select(e => e is DirectoryInfo ? e.Name + Path.DirectorySeparatorChar : e.Name)
                .ToList();
            var exact = entries.Where(e => e.StartsWith(start, StringComparison.Ordinal)).ToList();
            // As in a shell with case-insensitive completion: when nothing matches exactly, case is ignored.
            var matches = exact.Count > 0 ? exact : entries.Where(e => e.StartsWith(start, StringComparison.OrdinalIgnoreCase)).ToList();
            matches.Sort(StringComparer.Ordinal);
            return matches.Take(MaxListed).ToList();
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
        {
            return [];
        }
    }

    private static string CommonStart(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        return a[..length];
    }
}
