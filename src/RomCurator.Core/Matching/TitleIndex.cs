using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Matching;

/// <summary>
/// The DAT games of one platform, in memory for a matching pass: one entry per release, looked up by exact key
/// or by shared words.
/// </summary>
public sealed class TitleIndex
{
    private readonly List<IndexedTitle> titles = [];
    private readonly Dictionary<string, List<int>> byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> byKey = new(StringComparer.Ordinal);

    public int Count => titles.Count;

    public static TitleIndex Load(SqliteConnection connection, long platformId)
    {
        var index = new TitleIndex();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT min(e.dat_entry_id), l.atomic_id, e.release_id, e.game_name
            FROM dat_entry e JOIN dat_atomic_link l ON l.dat_entry_id = e.dat_entry_id AND l.rom_id IS NULL
            WHERE e.platform_id = $platform
            GROUP BY e.release_id, e.game_name
            """;
        command.Parameters.AddWithValue("$platform", platformId);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            index.Add(new IndexedTitle(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2),
                reader.GetString(3), TitleFacts.From(reader.GetString(3))));
        }

        return index;
    }

    /// <summary>Titles worth scoring for a file: the same key, or the most words in common.</summary>
    public IEnumerable<IndexedTitle> Candidates(TitleFacts file, int limit = 40)
    {
        var shared = new Dictionary<int, int>();
        foreach (var word in file.Words.Distinct())
        {
            if (byWord.TryGetValue(word, out var hits) && hits.Count <= Math.Max(500, titles.Count / 4))
            {
                foreach (var hit in hits)
                {
                    shared[hit] = shared.GetValueOrDefault(hit) + 1;
                }
            }
        }

        var exact = byKey.GetValueOrDefault(file.Key) ?? [];
        return exact.Concat(shared.OrderByDescending(s => s.Value).Take(limit).Select(s => s.Key)).Distinct().Select(i => titles[i]);
    }

    /// <summary>Whether several releases share this key (a region-less file name cannot tell them apart).</summary>
    public bool IsAmbiguous(string key) => byKey.TryGetValue(key, out var hits) && hits.Count > 1;

    private void Add(IndexedTitle title)
    {
        var position = titles.Count;
        titles.Add(title);
        Append(byKey, title.Facts.Key, position);
        foreach (var word in title.Facts.Words.Distinct())
        {
            Append(byWord, word, position);
        }
    }

    private static void Append(Dictionary<string, List<int>> map, string key, int position)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(position);
    }
}
