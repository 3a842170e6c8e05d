namespace RomCurator.Core.Matching;

/// <summary>
/// Counts, for one file at a time, how many of its words each indexed title shares, and picks the titles with the most:
/// ties go to the title met first (words in the file's order, titles in index order). One counter per title, reused
/// from file to file; only the titles a file touched are visited and reset.
/// </summary>
public sealed class WordOverlap(int titles)
{
    private readonly int[] counts = new int[titles];
    private readonly List<int> touched = [];

    /// <summary>Counts one shared word for each of <paramref name="positions"/>.</summary>
    public void Add(ReadOnlySpan<int> positions)
    {
        foreach (var position in positions)
        {
            if (counts[position]++ == 0)
            {
                touched.Add(position);
            }
        }
    }

    /// <summary>Up to <paramref name="limit"/> titles, most shared words first; then starts over for the next file.</summary>
    public List<int> TakeTop(int limit)
    {
        var most = 0;
        foreach (var position in touched)
        {
            most = Math.Max(most, counts[position]);
        }

        var top = new List<int>(Math.Min(limit, touched.Count));
        for (var shared = most; shared > 0 && top.Count < limit; shared--)
        {
            foreach (var position in touched)
            {
                if (counts[position] == shared)
                {
                    top.Add(position);
                    if (top.Count == limit)
                    {
                        break;
                    }
                }
            }
        }

        foreach (var position in touched)
        {
            counts[position] = 0;
        }

        touched.Clear();
        return top;
    }
}
