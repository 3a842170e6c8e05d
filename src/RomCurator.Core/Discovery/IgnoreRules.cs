namespace RomCurator.Core.Discovery;

/// <summary>
/// What discovery never looks at: hidden entries, NAS/OS system folders, folders marked with <c>.nomedia</c> or
/// <c>.no-roms</c>, and the user's ignore globs.
/// </summary>
public sealed class IgnoreRules(IEnumerable<string> globs)
{
    public static readonly IReadOnlySet<string> MarkerFiles = new HashSet<string>(StringComparer.Ordinal) { ".nomedia", ".no-roms" };

    private static readonly HashSet<string> SystemFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "@eaDir", "#recycle", "#snapshot", "@Recycle", "@Recently-Snapshot", "@tmp", "lost+found",
        "$RECYCLE.BIN", "System Volume Information", "RECYCLER",
    };

    private readonly List<GlobPattern> patterns = globs.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => new GlobPattern(g)).ToList();

    public bool IsHiddenOrSystem(string name, bool isDirectory) =>
        name.StartsWith('.') || (isDirectory && SystemFolders.Contains(name));

    /// <summary>Whether a user glob excludes this relative path (folders are also tried with a trailing '/').</summary>
    public GlobPattern? MatchingGlob(string relativePath, bool isDirectory) =>
        patterns.FirstOrDefault(p => p.IsMatch(relativePath) || (isDirectory && p.IsMatch(relativePath + "/")));
}
