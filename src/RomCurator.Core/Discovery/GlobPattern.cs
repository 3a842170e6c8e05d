using System.Text;
using System.Text.RegularExpressions;

namespace RomCurator.Core.Discovery;

/// <summary>
/// A glob over '/'-separated relative paths: <c>*</c> matches within one name, <c>?</c> one character,
/// <c>**</c> any number of folders. A pattern without '/' matches a name at any depth (like .gitignore).
/// </summary>
public sealed class GlobPattern
{
    private readonly Regex regex;

    public GlobPattern(string pattern)
    {
        Pattern = pattern;
        var body = pattern.Trim().Replace('\\', '/').TrimStart('/');
        if (!body.Contains('/'))
        {
            body = "**/" + body;
        }

        if (body.EndsWith('/'))
        {
            body += "**";
        }

        // Non-backtracking: time linear in the path, so no file name can make a pattern with many stars hang a scan.
        regex = new Regex("^" + Translate(body) + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
    }

    public string Pattern { get; }

    public bool IsMatch(string relativePath) => regex.IsMatch(relativePath);

    private static string Translate(string glob)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slashFollows = i + 2 < glob.Length && glob[i + 2] == '/';
                regex.Append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return regex.ToString();
    }
}
