namespace RomCurator.Core.Matching;

/// <summary>
/// Scores how likely a file's title names a DAT game (0–1) and says why. An identical key scores 1.0 before
/// adjustments; anything else at most 0.97. Different sequel numbers, other regions and pre-release/hack flags
/// the file does not claim lower the score.
/// </summary>
public static class TitleScorer
{
    public static (double Score, string Reason) Score(TitleFacts file, TitleFacts candidate, bool keyIsAmbiguous = false)
    {
        var reasons = new List<string>();
        double score;
        if (file.Key == candidate.Key)
        {
            score = 1.0;
            reasons.Add($"same title as '{candidate.Name}'");
        }
        else
        {
            var words = Dice(file.Words, candidate.Words);
            var letters = Similarity(file.Key, candidate.Key);
            // A short name whose every word is in the DAT title ("Zelda" in "Zelda no Densetsu") is worth suggesting.
            var covered = 0.6 * Coverage(file.Words, candidate.Words);
            var alike = Math.Max(Math.Max(words, letters), covered);
            score = 0.97 * alike;
            reasons.Add($"title '{file.Key}' resembles '{candidate.Name}' ({alike:P0} alike)");
        }

        if (!file.Numbers.SetEquals(candidate.Numbers))
        {
            score *= 0.6;
            reasons.Add("different numbers");
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

        var unclaimed = candidate.Flags.Where(f => f is "Beta" or "Proto" or "Demo" or "Hack" or "Pirate" && !file.Flags.Contains(f)).ToList();
        if (unclaimed.Count > 0)
        {
            score *= 0.95;
            reasons.Add($"the DAT entry is {string.Join("/", unclaimed)}");
        }

        if (file.Revision is not null && candidate.Revision is not null && file.Revision != candidate.Revision)
        {
            score *= 0.99;
            reasons.Add($"revision {candidate.Revision}");
        }

        return (Math.Round(Math.Clamp(score, 0, 1), 4), string.Join("; ", reasons));
    }

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
