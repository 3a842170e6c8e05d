namespace RomCurator.Tests.Faults;

/// <summary>
/// Chooses where to kill an operation, reproducibly: from the points it passes (and how often, learned by a counting
/// run), points in turn in name order so that every point is tried, and for each an N drawn uniformly with
/// <see cref="Random"/> seeded by the seed from the passes not chosen yet. The same seed and counts give the same
/// pairs, listed by point and N.
/// </summary>
public static class CrashPlanner
{
    public static IReadOnlyList<CrashPair> Plan(int seed, IReadOnlyDictionary<string, int> counts, int wanted)
    {
        var random = new Random(seed);
        var unused = counts
            .Where(c => c.Value > 0)
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => (Point: c.Key, Left: Enumerable.Range(1, c.Value).ToList()))
            .ToList();
        var pairs = new List<CrashPair>();
        for (var turn = 0; pairs.Count < wanted && unused.Any(u => u.Left.Count > 0); turn++)
        {
            var (point, left) = unused[turn % unused.Count];
            if (left.Count == 0)
            {
                continue;
            }

            var index = random.Next(left.Count);
            pairs.Add(new CrashPair(point, left[index]));
            left.RemoveAt(index);
        }

        return pairs.OrderBy(p => p.Point, StringComparer.Ordinal).ThenBy(p => p.N).ToList();
    }
}
