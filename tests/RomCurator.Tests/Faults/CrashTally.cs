namespace RomCurator.Tests.Faults;

/// <summary>Reads the file a run wrote in counting mode (<c>ROMCURATOR_CRASH_COUNT</c>): how often it passed each point.</summary>
public static class CrashTally
{
    public static SortedDictionary<string, int> Read(string path)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return counts;
        }

        foreach (var name in File.ReadLines(path).Where(line => line.Length > 0))
        {
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        return counts;
    }
}
