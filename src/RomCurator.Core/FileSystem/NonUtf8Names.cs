namespace RomCurator.Core.FileSystem;

/// <summary>
/// Names given on the command line, in the environment or in a config file whose bytes are not UTF-8: .NET decodes
/// each such byte as U+FFFD, so the path it holds names another file, or none. Such a name cannot be opened, so a path
/// holding U+FFFD that is not there is explained as such, and never created.
/// </summary>
public static class NonUtf8Names
{
    public static bool Suspected(string path) => path.Contains('\uFFFD', StringComparison.Ordinal);

    /// <summary>Why a path that is not there may be there after all; empty for a name without U+FFFD.</summary>
    public static string Explain(string path) => Suspected(path)
        ? " (its name has bytes that are not UTF-8, shown with \uFFFD, so it cannot be opened by name: rename it)"
        : "";
}
