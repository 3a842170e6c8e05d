namespace RomCurator.Core.Configuration;

/// <summary>
/// What an organizer template may say and which presets exist: the settings are checked against these when they are
/// set and loaded (the organizer renders them; a test keeps the two in step).
/// </summary>
public static class OrganizerLayouts
{
    public static readonly IReadOnlyList<string> Tokens = ["platform", "region", "title", "base_title", "ext", "letter"];

    public static readonly IReadOnlyList<string> Presets = ["es-de", "retroarch", "by-letter"];

    /// <summary>
    /// Why <paramref name="template"/> cannot be used, or null: empty, a folder that leaves the root or has no name,
    /// unbalanced braces, an unknown token, no title.
    /// </summary>
    public static string? TemplateProblem(string template)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return "must not be empty";
        }

        // The organizer renders such folders as 'Unknown' (it never leaves the root); a curator who wrote them meant
        // something else, so they are refused here instead of being silently rewritten.
        var folders = template.Split('/', '\\');
        if (folders[0].Trim().Length == 0)
        {
            return $"starts with '{template.TrimStart()[0]}': it is a path inside the root, not from the top of the disk";
        }

        if (folders.FirstOrDefault(folder => folder.Trim() is "" or "." or "..") is { } odd)
        {
            return odd.Trim().Length == 0
                ? "has a folder without a name ('//' or a trailing '/')"
                : $"has a '{odd.Trim()}' folder: it is a path inside the root, which it may not leave";
        }

        var tokens = new List<string>();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '}')
            {
                return $"has a '}}' without its '{{' (at character {i + 1})";
            }

            if (template[i] != '{')
            {
                continue;
            }

            var close = template.IndexOfAny(['{', '}'], i + 1);
            if (close < 0 || template[close] == '{')
            {
                return $"has a '{{' without its '}}' (at character {i + 1})";
            }

            var token = template[(i + 1)..close];
            if (!Tokens.Contains(token))
            {
                return $"has an unknown token '{{{token}}}' (known: {string.Join(", ", Tokens.Select(t => "{" + t + "}"))})";
            }

            tokens.Add(token);
            i = close;
        }

        return tokens.Contains("title") || tokens.Contains("base_title")
            ? null
            : "needs {title} or {base_title}, or every file would get the same name";
    }
}
