namespace RomCurator.Core.Matching;

/// <summary>
/// Scores how likely a file's title names a DAT game (0–1) and says why, naming the rules that fired. The same words
/// score 1.0 before adjustments, the same letters run together 0.98 ("tinytris" = "Tiny-Tris"), the DAT's main title
/// without its subtitle (or its subtitle alone: "Yoshi's Island") 0.8 (a suggestion, never a link at the default thresholds); anything else at most 0.97.
/// Different numbers, other regions, descriptive tags the file lacks and pre-release/hack flags the file does not
/// claim lower the score. Size is weighed apart (<see cref="SizeEvidence"/>).
/// </summary>
public static class TitleScorer
{
    public const double SameLetters = 0.98;
    public const double PartTitleOnly = 0.8;
    public const double Resembles = 0.97;
    public const double TrailingOne = 0.95;

    public static (double Score, string Reason) Score(TitleFacts file, TitleFacts candidate, bool keyIsAmbiguous = false)
    {
        var reasons = new List<string>();
        var partOnly = false;
        double score;
        var fileAll = file.AllWords.ToList();
        var candidateAll = candidate.AllWords.ToList();
        if (fileAll.SequenceEqual(candidateAll) || file.Key == candidate.Key)
        {
            score = 1.0;
            reasons.Add($"same title as '{candidate.Name}'");
        }
        else if (WithoutTrailingOne(file.Words).SequenceEqual(WithoutTrailingOne(candidate.Words)))
        {
            score = TrailingOne;
            reasons.Add($"same title as '{candidate.Name}' but for a trailing 1");
        }
        else if (file.Compact == candidate.Compact || TitleWords.Compact(fileAll) == TitleWords.Compact(candidateAll))
        {
            score = SameLetters;
            reasons.Add($"same letters as '{candidate.Name}' ('{file.Compact}')");
        }
        else
        {
            var words = Dice(fileAll, candidateAll);
            // Letters alike across a different number of words is a whole word more or less ("Final Fantasy X"), not a typo.
            var letters = Similarity(TitleWords.Compact(fileAll), TitleWords.Compact(candidateAll))
                          * (fileAll.Count == candidateAll.Count ? 1.0 : 0.9);
            // A short name whose every word is in the DAT title ("Zelda" in "Zelda no Densetsu") is worth suggesting.
            var covered = 0.6 * Coverage(file.Words, candidateAll);
            var alike = Math.Max(Math.Max(words, letters), covered);
            score = Resembles * alike;
            if (file.Compact.Length > 0 && PartTitleOnly > score && (file.Compact == candidate.MainCompact || file.Compact == candidate.SubtitleCompact))
            {
                // The numbers compared are those of the part named (in its letters): the rest of the title is the DAT's.
                score = PartTitleOnly;
                partOnly = true;
                reasons.Add(file.Compact == candidate.MainCompact
                    ? $"the main title of '{candidate.Name}' (without its subtitle)"
                    : $"the subtitle of '{candidate.Name}' (without its main title)");
            }
            else
            {
                reasons.Add($"title '{file.Key}' resembles '{candidate.Name}' ({alike:P0} alike)");
            }
        }

        if (file.Rules.Count > 0)
        {
            reasons.Add("rules: " + string.Join(", ", file.Rules));
        }

        if (!partOnly && !Numbers(file, candidate))
        {
            score *= 0.6;
            reasons.Add("different numbers");
        }

        var missing = candidate.Extra.Except(file.AllWords).ToList();
        if (missing.Count > 0)
        {
            score *= 0.95;
            reasons.Add($"the DAT entry adds '{string.Join(' ', candidate.Extra)}'");
        }

        if (file.Regions is not null && candidate.Regions is not null)
        {
            if (file.Regions == candidate.Regions)
            {
                reasons.Add($"region {candidate.Regions}");
            }
            else if (Overlaps(file.Regions, candidate.Regions))
            {
                score *= 0.98;
                reasons.Add($"regions overlap ({file.Regions} / {candidate.Regions})");
            }
            else
            {
                // The same game from another region is another release: worth a suggestion, never a link.
                score *= 0.84;
                reasons.Add($"other region ({candidate.Regions})");
            }
        }
        else if (keyIsAmbiguous)
        {
            score *= 0.92;
            reasons.Add("several releases share this title and the file names no region");
        }

        var unclaimed = candidate.Flags.Where(f => f is "Beta" or "Proto" or "Demo" && !file.Flags.Contains(f)).ToList();
        if (unclaimed.Count > 0)
        {
            score *= 0.95;
            reasons.Add($"the DAT entry is {string.Join("/", unclaimed)}");
        }

        // A pirate or a hack is far less likely than the game itself unless the name says so.
        var altered = candidate.Flags.Where(f => f is "Hack" or "Pirate" && !file.Flags.Contains(f)).ToList();
        if (altered.Count > 0)
        {
            score *= 0.7;
            reasons.Add($"the DAT entry is {string.Join("/", altered)}");
        }

        if (file.Revision is not null && candidate.Revision is not null && file.Revision != candidate.Revision)
        {
            score *= 0.99;
            reasons.Add($"revision {candidate.Revision}");
        }

        return (Math.Round(Math.Clamp(score, 0, 1), 4), string.Join("; ", reasons));
    }

    /// <summary>
    /// Whether the numbers agree: the file's title numbers, with those of its descriptive tags the DAT entry also has
    /// ("(Levels 81 to 120)"; a GoodTools "(PRG1)" is not a number of the game), against all of the entry's; a title's
    /// trailing 1 ("Final Fantasy 1") counts as no number.
    /// </summary>
    private static bool Numbers(TitleFacts file, TitleFacts candidate)
    {
        var wanted = candidate.Numbers.Concat(candidate.ExtraNumbers).ToHashSet();
        var named = file.Numbers.Concat(file.ExtraNumbers.Where(wanted.Contains)).ToHashSet();
        if (file.Words.Count > 1 && file.Words[^1] == "1" && !wanted.Contains("1"))
        {
            named.Remove("1");
        }

        if (candidate.Words.Count > 1 && candidate.Words[^1] == "1" && !named.Contains("1"))
        {
            wanted.Remove("1");
        }

        return named.SetEquals(wanted);
    }

    private static IEnumerable<string> WithoutTrailingOne(IReadOnlyList<string> words) =>
        words.Count > 1 && words[^1] == "1" ? words.Take(words.Count - 1) : words;

    /// <summary>Dice coefficient over words.</summary>
    public static double Dice(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var remaining = b.ToList();
        var common = 0;
        foreach (var word in a)
        {
            if (remaining.Remove(word))
            {
                common++;
            }
        }

        return 2.0 * common / (a.Count + b.Count);
    }

    /// <summary>The share of the file's words found in the candidate's.</summary>
    public static double Coverage(IReadOnlyList<string> file, IReadOnlyList<string> candidate) =>
        file.Count == 0 ? 0 : (double)file.Count(candidate.Contains) / file.Count;

    /// <summary>1 − normalized Levenshtein distance.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a == b ? 1 : 0;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return 1.0 - (double)previous[b.Length] / Math.Max(a.Length, b.Length);
    }

    private static bool Overlaps(string a, string b) =>
        a.Split(", ").Intersect(b.Split(", ")).Any() || a == "World" || b == "World";
}
