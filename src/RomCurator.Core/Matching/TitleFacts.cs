using RomCurator.Core.Dats.Naming;

namespace RomCurator.Core.Matching;

/// <summary>A title reduced to what matching compares: its key, words, sequel numbers, regions and flags.</summary>
public sealed record TitleFacts(string Name, string Key, IReadOnlyList<string> Words, IReadOnlySet<string> Numbers, string? Regions, IReadOnlyList<string> Flags, string? Revision)
{
    public static TitleFacts From(string name)
    {
        var info = DatNameParser.Parse(name);
        var words = info.TitleKey.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new TitleFacts(name, info.TitleKey, words, words.Where(w => w.All(char.IsDigit)).ToHashSet(), info.Regions, info.Flags,
            info.Revision ?? info.Version);
    }

    /// <summary>A file name without its extensions (".nes", ".sfc.gz") and dump flags.</summary>
    public static TitleFacts FromFileName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        for (var i = 0; i < 2; i++)
        {
            var extension = Path.GetExtension(name);
            if (extension.Length is > 1 and <= 5 && !extension.Contains(' ') && !extension.Contains(')'))
            {
                name = name[..^extension.Length];
            }
        }

        return From(name.Replace('_', ' '));
    }
}
