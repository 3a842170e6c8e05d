using Microsoft.Data.Sqlite;
using RomCurator.Core.Naming;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Matching;

/// <summary>
/// The DAT games of one platform for a matching pass: one entry per release, looked up by exact key or by shared
/// words. Lean enough for DATs of a million games: it keeps only each game's entry id and, in
/// <see cref="PostingTable"/>s, the hashes of its key and words; the names and their facts are read back from the
/// database for the few games a file is scored against.
/// </summary>
public sealed class TitleIndex
{
    private readonly SqliteConnection connection;
    private readonly long[] entryIds;
    private readonly PostingTable byKey;
    private readonly PostingTable byWord;
    private WordOverlap? overlap; // scratch reused by every Candidates call: an index serves one thread at a time

    private TitleIndex(SqliteConnection connection, long platformId, long[] entryIds, PostingTable byKey, PostingTable byWord)
    {
        this.connection = connection;
        PlatformId = platformId;
        this.entryIds = entryIds;
        this.byKey = byKey;
        this.byWord = byWord;
    }

    public long PlatformId { get; }

    public int Count => entryIds.Length;

    public static TitleIndex Load(SqliteConnection connection, long platformId)
    {
        // Every array is sized from the platform's entry count up front: growing them would leave copies behind.
        var most = EntryCount(connection, platformId);
        var entries = new long[most];
        var keys = new PostingTable.Builder(most);
        var wordTable = new PostingTable.Builder(most * 4);
        var titleWords = new List<ulong>();
        var count = 0;
        var games = connection.Once("""
            SELECT min(e.dat_entry_id) AS dat_entry_id, e.game_name
            FROM dat_entry e JOIN dat_atomic_link l ON l.dat_entry_id = e.dat_entry_id AND l.rom_id IS NULL
            WHERE e.platform_id = $platform
            GROUP BY e.release_id, e.game_name
            """).Bind("$platform", platformId).Stream(row => (EntryId: row.Long("dat_entry_id"), Name: row.Text("game_name")));
        foreach (var (entryId, name) in games)
        {
            if (count == entries.Length)
            {
                Array.Resize(ref entries, count + count / 2 + 16);
            }

            var position = count++;
            entries[position] = entryId;
            var words = TitleWords.Normalize(DatNameParser.Parse(name).BaseTitle).Words;
            keys.Add(TitleHash.Of(TitleWords.Compact(words)), position);
            titleWords.Clear();
            foreach (var word in words)
            {
                var hash = TitleHash.Of(word);
                if (!titleWords.Contains(hash))
                {
                    titleWords.Add(hash);
                    wordTable.Add(hash, position);
                }
            }
        }

        if (count < entries.Length)
        {
            Array.Resize(ref entries, count);
        }

        // A word most titles share tells nothing: Candidates skips it, so it is not kept at all.
        return new TitleIndex(connection, platformId, entries, keys.Build(), wordTable.Build(CommonWordTitles(count)));
    }

    /// <summary>Titles worth scoring for a file: the same compact key (letters and digits), or the most words in common.</summary>
    public IEnumerable<IndexedTitle> Candidates(TitleFacts file, int limit = 40)
    {
        overlap ??= new WordOverlap(Count);
        foreach (var word in file.Words.Distinct())
        {
            overlap.Add(byWord.Find(TitleHash.Of(word)));
        }

        var chosen = new List<int>();
        chosen.AddRange(byKey.Find(TitleHash.Of(file.Compact)));
        var exact = chosen.Count;
        foreach (var position in overlap.TakeTop(limit))
        {
            if (chosen.IndexOf(position, 0, exact) < 0)
            {
                chosen.Add(position);
            }
        }

        return TitleRows.Read(connection, chosen.Select(position => entryIds[position]));
    }

    /// <summary>Words in more titles than this are too common to say which game a file is (they are not looked up).</summary>
    private static int CommonWordTitles(int titles) => Math.Max(500, titles / 4);

    private static int EntryCount(SqliteConnection connection, long platformId) =>
        (int)connection.Once("SELECT count(*) FROM dat_entry WHERE platform_id = $platform").Bind("$platform", platformId).Long()!.Value;

    /// <summary>Whether several releases share this compact key (a region-less file name cannot tell them apart).</summary>
    public bool IsAmbiguous(string compact) => byKey.Find(TitleHash.Of(compact)).Length > 1;
}
