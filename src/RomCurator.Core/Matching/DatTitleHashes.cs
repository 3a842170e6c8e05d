using RomCurator.Core.Naming;

namespace RomCurator.Core.Matching;

/// <summary>
/// What a <see cref="TitleIndex"/> files a DAT game under: the hash of its name's compact key and those of its distinct
/// words, in the order they first appear (pure: computed on several threads at once).
/// </summary>
public readonly record struct DatTitleHashes(ulong Key, ulong[] Words)
{
    public static DatTitleHashes Of(string gameName)
    {
        var words = TitleWords.Normalize(DatNameParser.BaseTitle(gameName)).Words;
        var hashes = new List<ulong>(words.Count);
        foreach (var word in words)
        {
            var hash = TitleHash.Of(word);
            if (!hashes.Contains(hash))
            {
                hashes.Add(hash);
            }
        }

        return new DatTitleHashes(TitleHash.Of(TitleWords.Compact(words)), [.. hashes]);
    }
}
