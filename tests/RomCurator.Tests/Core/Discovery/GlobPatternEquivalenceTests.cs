using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using RomCurator.Tests.Support;
using RomCurator.Core.Discovery;

namespace RomCurator.Tests.Core.Discovery;

/// <summary>
/// <see cref="GlobPattern"/> matches exactly what the regex it replaced matched (the translation below, kept here as
/// the reference), on random patterns and paths, and in time linear in the path.
/// </summary>
public sealed class GlobPatternEquivalenceTests
{
    private static readonly string[] PatternPieces = ["a", "B", "k", "é", ".", "/", "*", "**", "**/", "?", "ab", "x"];
    private static readonly char[] PathChars = ['a', 'A', 'b', 'B', 'K', 'k', '\u212A', 'é', 'É', '.', '/', '/', 'x', ' '];

    [Test]
    public async Task Random_patterns_match_what_the_regex_matched()
    {
        var random = new Random(2026);
        var compared = 0;
        var matched = 0;
        for (var p = 0; p < 400; p++)
        {
            var pattern = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => PatternPieces[random.Next(PatternPieces.Length)]));
            if (random.Next(4) == 0)
            {
                pattern += "/";
            }

            var glob = new GlobPattern(pattern);
            var reference = ReferenceRegex(pattern);
            for (var s = 0; s < 60; s++)
            {
                var path = new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => PathChars[random.Next(PathChars.Length)]).ToArray());
                var expected = reference.IsMatch(path);
                await Assert.That(glob.IsMatch(path)).IsEqualTo(expected).Because($"pattern '{pattern}', path '{path}'");
                compared++;
                matched += expected ? 1 : 0;
            }
        }

        // Both outcomes were exercised many times.
        await Assert.That(matched).IsGreaterThan(1000);
        await Assert.That(compared - matched).IsGreaterThan(1000);
    }

    [Test]
    [Arguments("**/*.7z/", "a/b/c.7Z/", true)]
    [Arguments("**/*.7z/", "a/b/c.7Z", false)]
    [Arguments("a/**/b", "a/b", true)]
    [Arguments("a/**/b", "a/x/y/b", true)]
    [Arguments("a/**/b", "ab", false)]
    [Arguments("a/**", "a/", true)]
    [Arguments("a/**", "a", false)]
    [Arguments("**", "", true)]
    [Arguments("*", "", true)]
    [Arguments("?", "", false)]
    [Arguments("K*.bin", "\u212Aing.bin", true)]
    [Arguments("ÉTÉ/*", "x/été/rom.sfc", false)]
    [Arguments("*/ÉTÉ/*", "x/été/rom.sfc", true)]
    [Arguments("*.PART", "dl/a.b/x.part", true)]
    [Arguments("*.part", "a\nb/x.part", false)]
    [Arguments("*.part", "a/b\n/x.part", false)]
    [Arguments("*", "a\nb/c", false)]
    [Arguments("*b", "a\nb", true)]
    [Arguments("?b", "x/\nb", true)]
    [Arguments("Thumbs.db", "x/thumbs.DB/", false)]
    [Arguments("Thumbs.db", "x/thumbs.DB", true)]
    public async Task Edge_cases_match_what_the_regex_matched(string pattern, string path, bool expected)
    {
        await Assert.That(ReferenceRegex(pattern).IsMatch(path)).IsEqualTo(expected);
        await Assert.That(new GlobPattern(pattern).IsMatch(path)).IsEqualTo(expected);
    }

    [Test]
    public async Task Many_stars_against_a_long_name_take_linear_time()
    {
        var glob = new GlobPattern(string.Concat(Enumerable.Repeat("*a", 30)) + "*b");
        var path = new string('a', 20_000);
        // CPU time of this thread, not the wall clock: backtracking takes hours here, a loaded machine a few seconds more.
        var (result, cpu) = ThreadCpuClock.Measure(() => glob.IsMatch(path));
        await Assert.That(result).IsFalse();
        await Assert.That(cpu).IsLessThan(TimeSpan.FromSeconds(2));
    }

    /// <summary>The regex GlobPattern used to build (the reference semantics).</summary>
    private static Regex ReferenceRegex(string pattern)
    {
        var body = pattern.Trim().Replace('\\', '/').TrimStart('/');
        if (!body.Contains('/'))
        {
            body = "**/" + body;
        }

        if (body.EndsWith('/'))
        {
            body += "**";
        }

        var regex = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '*' && i + 1 < body.Length && body[i + 1] == '*')
            {
                var slashFollows = i + 2 < body.Length && body[i + 2] == '/';
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

        return new Regex("^" + regex + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
    }
}
