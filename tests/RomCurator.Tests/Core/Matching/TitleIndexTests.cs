using System.Text;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Matching;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Matching;

/// <summary>The lean title index finds exactly what the plain one did: the same games, in the same order.</summary>
public sealed class TitleIndexTests
{
    [Test]
    public async Task Candidates_of_a_real_dat_equal_those_of_the_plain_index()
    {
        using var database = new TestDatabase();
        var path = Path.Combine(RepositoryPaths.Shared, "dats", "no-intro_clrmamepro_Nintendo - Nintendo Entertainment System.dat");
        new DatImporter(database.Connection).Import(path, null, CancellationToken.None);
        var names = Sql.Column(database.Connection, "SELECT game_name FROM dat_entry ORDER BY dat_entry_id");

        var mismatches = Compare(database, "Nintendo - Nintendo Entertainment System", FileNames(names, 1500));

        await Assert.That(names.Count).IsGreaterThan(10_000);
        await Assert.That(mismatches).IsEmpty();
    }

    [Test]
    public async Task A_word_most_titles_share_is_skipped_as_before_and_ties_keep_their_order()
    {
        using var database = new TestDatabase();
        // 2,400 games: "Quest" is in 700 of them (more than a quarter: too common to look up), "Saga" in 450 (kept),
        // and many share exactly as many words with the files below (ties).
        var games = Enumerable.Range(0, 2400).Select(i =>
            (i % 24 < 7 ? "Quest " : "") + (i % 16 < 3 ? "Saga " : "") + $"Hero {i % 37} Land {i % 11} (" + (i % 3 == 0 ? "USA" : "Japan") + ")");
        Import(database, "Acme - Testcart", games);

        var mismatches = Compare(database, "Acme - Testcart",
            ["Quest Hero 5", "Saga Hero 5 Land 3 (USA)", "Quest Saga", "Hero 12", "Land 7 (Japan)", "Quest Saga Hero 36 Land 10 (USA)", "Nothing Alike"]);

        await Assert.That(mismatches).IsEmpty();
    }

    private static List<string> Compare(TestDatabase database, string platform, IEnumerable<string> files)
    {
        var platformId = Sql.Scalar<long>(database.Connection, "SELECT platform_id FROM platform WHERE name = $name", ("$name", platform));
        var lean = TitleIndex.Load(database.Connection, platformId);
        var plain = ReferenceTitleIndex.Load(database.Connection, platformId);
        var mismatches = new List<string>();
        foreach (var file in files)
        {
            var facts = TitleFacts.FromFileName(file + ".bin");
            var expected = plain.Candidates(facts).Select(t => Describe(t, plain.IsAmbiguous(t.Facts.Compact))).ToList();
            var actual = lean.Candidates(facts).Select(t => Describe(t, lean.IsAmbiguous(t.Facts.Compact))).ToList();
            if (!expected.SequenceEqual(actual))
            {
                mismatches.Add($"{file}: expected [{string.Join(" | ", expected)}], got [{string.Join(" | ", actual)}]");
            }
        }

        return mismatches;
    }

    private static string Describe(IndexedTitle title, bool ambiguous) =>
        $"{title.DatEntryId}/{title.AtomicId}/{title.ReleaseId}/{title.GameName}/{title.Facts.Key}/{ambiguous}";

    /// <summary>File names as people have them: exact, without tags, GoodTools tags, lower case, half the title, one word.</summary>
    private static IEnumerable<string> FileNames(List<string> names, int count)
    {
        var random = new Random(11);
        for (var i = 0; i < count; i++)
        {
            var name = names[random.Next(names.Count)];
            var cut = name.IndexOf(" (", StringComparison.Ordinal);
            var title = cut > 0 ? name[..cut] : name;
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            yield return (i % 6) switch
            {
                0 => name,
                1 => title,
                2 => title + " (U) [!]",
                3 => name.ToLowerInvariant().Replace(' ', '_'),
                4 => string.Join(' ', words.Take(Math.Max(1, words.Length / 2))),
                _ => words[random.Next(words.Length)] + " " + random.Next(1, 4),
            };
        }
    }

    private static void Import(TestDatabase database, string system, IEnumerable<string> games)
    {
        var text = new StringBuilder($"clrmamepro ( name \"{system}\" version \"1\" )\n");
        var crc = 1;
        foreach (var game in games)
        {
            text.Append($"game ( name \"{game}\" rom ( name \"{game}.bin\" size 1 crc {crc++:x8} ) )\n");
        }

        var path = Path.Combine(Path.GetDirectoryName(database.Path)!, "test.dat");
        File.WriteAllText(path, text.ToString());
        new DatImporter(database.Connection).Import(path, null, CancellationToken.None);
    }
}
