using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Archives;

/// <summary>Passwords to try on encrypted archives: one per line of a text file; blank (or all-space) lines are ignored, spaces inside a password are kept.</summary>
public sealed class PasswordDictionary
{
    private PasswordDictionary(IReadOnlyList<string> passwords, string? problem)
    {
        Passwords = passwords;
        Problem = problem;
    }

    public static PasswordDictionary Empty { get; } = new([], null);

    public IReadOnlyList<string> Passwords { get; }

    /// <summary>Why the dictionary file could not be used (missing, unreadable, not a regular file) or what of it was left out, or null.</summary>
    public string? Problem { get; }

    public static PasswordDictionary Of(params string[] passwords) => new(passwords, null);

    /// <summary>
    /// Loads the dictionary at <paramref name="path"/> as bounded lines: a password longer than
    /// <see cref="MaxPasswordLength"/> characters is skipped, and at most <see cref="MaxPasswords"/> passwords and
    /// <see cref="MaxBytes"/> bytes are read. A path that is not a regular file (a device such as /dev/zero, a FIFO,
    /// a folder) is not opened. What was refused or left out is said in <see cref="Problem"/>.
    /// </summary>
    public static PasswordDictionary Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return Empty;
        }

        var expanded = path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..])
            : path;
        if (Directory.Exists(expanded) || (File.Exists(expanded) && !FileKind.IsRegularFile(expanded)))
        {
            return new PasswordDictionary([], $"password dictionary '{expanded}' is not a regular file (a folder, device or FIFO); no passwords loaded");
        }

        try
        {
            using var file = new FileStream(expanded, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
            var read = new BoundedLineReader(MaxPasswordLength, MaxPasswords, MaxBytes).Read(file);
            var passwords = read.Lines
                .Where(line => !string.IsNullOrWhiteSpace(line))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return new PasswordDictionary(passwords, Limits(expanded, read));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return new PasswordDictionary([], $"password dictionary '{expanded}' cannot be read: {error.Message}");
        }
    }

    /// <summary>The longest password kept, in characters; longer lines are skipped.</summary>
    public const int MaxPasswordLength = 1024;

    /// <summary>The most lines read from a dictionary.</summary>
    public const int MaxPasswords = 100_000;

    /// <summary>The most bytes read from a dictionary (64 MiB).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private static string? Limits(string path, BoundedLines read)
    {
        var parts = new List<string>();
        if (read.SkippedTooLong > 0)
        {
            parts.Add($"{read.SkippedTooLong} line{(read.SkippedTooLong == 1 ? "" : "s")} longer than {MaxPasswordLength} characters skipped");
        }

        if (read.Truncated)
        {
            parts.Add($"only the first {MaxPasswords.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} lines or {MaxBytes / (1024 * 1024)} MiB were read");
        }

        return parts.Count == 0 ? null : $"password dictionary '{path}': {string.Join("; ", parts)} ({read.Lines.Count} line{(read.Lines.Count == 1 ? "" : "s")} used)";
    }
}
