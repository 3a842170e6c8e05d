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

    /// <summary>Why the dictionary file could not be used (missing, unreadable), or null.</summary>
    public string? Problem { get; }

    public static PasswordDictionary Of(params string[] passwords) => new(passwords, null);

    public static PasswordDictionary Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return Empty;
        }

        var expanded = path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..])
            : path;
        try
        {
            var passwords = File.ReadAllLines(expanded)
                .Select(line => line.TrimEnd('\r'))
                .Where(line => !string.IsNullOrWhiteSpace(line))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return new PasswordDictionary(passwords, null);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return new PasswordDictionary([], $"password dictionary '{expanded}' cannot be read: {error.Message}");
        }
    }
}
