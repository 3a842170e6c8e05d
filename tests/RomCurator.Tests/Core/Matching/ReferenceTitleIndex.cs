using Microsoft.Data.Sqlite;
using RomCurator.Core.Matching;

namespace RomCurator.Tests.Core.Matching;

/// <summary>
/// The plain title index the lean <see cref="TitleIndex"/> replaced (every title's facts in memory, a list of titles per
/// word and per key): the reference its candidates must equal.
/// </summary>
public sealed class ReferenceTitleIndex
{
    private readonly List<IndexedTitle> titles = [];
    private readonly Dictionary<string, List<int>> byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> byKey = new(StringComparer.Ordinal);

    public static ReferenceTitleIndex Load(SqliteConnection connection, long platformId)
    {
        var index = new ReferenceTitleIndex();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT min(e.dat_entry_id), l.atomic_id, e.release_id, e.game_name
            FROM dat_entry e JOIN dat_atomic_link l ON l.dat_entry_id = e.dat_entry_id AND l.rom_id IS NULL
            WHERE e.platform_id = $platform
            GROUP BY e.release_id, e.game_name
            ORDER BY e.release_id, e.game_name
            """;
        command.Parameters.AddWithValue("$platform", platformId);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var title = new IndexedTitle(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2),
                reader.GetString(3), TitleFacts.From(reader.GetString(3)));
            var position = index.titles.Count;
            index.titles.Add(title);
            Append(index.byKey, title.Facts.Compact, position);
            foreach (var word in title.Facts.Words.Distinct())
            {
                Append(index.byWord, word, position);
            }
        }

        return index;
    }

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

        var exact = byKey.GetValueOrDefault(file.Compact) ?? [];
        return exact.Concat(shared.OrderByDescending(s => s.Value).Take(limit).Select(s => s.Key)).Distinct().Select(i => titles[i]);
    }

    public bool IsAmbiguous(string compact) => byKey.TryGetValue(compact, out var hits) && hits.Count > 1;

    private static void Append(Dictionary<string, List<int>> map, string key, int position)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(position);
    }
}
