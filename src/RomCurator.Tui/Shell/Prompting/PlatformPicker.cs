namespace RomCurator.Tui.Shell.Prompting;

/// <summary>
/// Picks a platform by typing part of any of its names (canonical, short, DAT header, alias), case-insensitively and
/// word by word: `arduboy`, `snes`, `game boy` and `gameboy` all find theirs. The best matches come first (an exact
/// name, then a name that starts with the text); Enter or Tab takes the highlighted one.
/// </summary>
public sealed class PlatformPicker(IEnumerable<(string Platform, IReadOnlyList<string> Names)> platforms) : IPromptAssist
{
    private const int MaxListed = 50;
    private readonly IReadOnlyList<(string Platform, IReadOnlyList<string> Names)> known = [.. platforms];

    public string Keys => "↑/↓ Choose │ Tab Take";

    public IReadOnlyList<PromptChoice> Live(string text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return [];
        }

        var wanted = text.Trim();
        return known
            .Select(p => (p.Platform, p.Names, Rank: Rank(p, wanted, words)))
            .Where(p => p.Rank >= 0)
            .OrderBy(p => p.Rank)
            .ThenBy(p => p.Platform.Length)
            .ThenBy(p => p.Platform, StringComparer.OrdinalIgnoreCase)
            .Take(MaxListed)
            .Select(p => new PromptChoice(p.Platform, Shown(p.Platform, p.Names)))
            .ToList();
    }

    public PromptCompletion Complete(string text)
    {
        var choices = Live(text);
        return choices.Count == 0 ? new PromptCompletion(text, [], $"no platform name contains '{text.Trim()}'") : new PromptCompletion(choices[0].Value, []);
    }

    private static int Rank((string Platform, IReadOnlyList<string> Names) platform, string wanted, IReadOnlyList<string> words)
    {
        IEnumerable<string> names = [platform.Platform, .. platform.Names];
        if (names.Any(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase)))
        {
            return 0;
        }

        if (!words.All(word => names.Any(n => Contains(n, word))))
        {
            return -1;
        }

        return names.Any(n => n.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)) ? 1
            : names.Any(n => Contains(n, wanted)) ? 2
            : 3;
    }

    // "gameboy" finds "Game Boy": a word also matches a name read without its spaces and dashes.
    private static bool Contains(string name, string word) =>
        name.Contains(word, StringComparison.OrdinalIgnoreCase) || Squeeze(name).Contains(Squeeze(word), StringComparison.OrdinalIgnoreCase);

    private static string Squeeze(string text) => new([.. text.Where(char.IsLetterOrDigit)]);

    private static List<string> Words(string text) =>
        [.. text.Split([' ', '-', '_', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string Shown(string platform, IReadOnlyList<string> names)
    {
        var others = names.Where(n => !string.Equals(n, platform, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).Take(4).ToList();
        return others.Count == 0 ? platform : $"{platform}  ({string.Join(", ", others)})";
    }
}
