using Microsoft.Data.Sqlite;
using RomCurator.Core.Naming;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Matching;

/// <summary>
/// The DAT games of one platform for a matching pass: one entry per release, looked up by exact key or by shared
/// words. Lean enough for DATs of a million games: it keeps only each game's entry id and, in
/// <see cref="PostingTable"/>s, the hashes of its key and words; the names and their facts are read back from the
/// database for the few games a file is scored against (<see cref="TitleRows"/>: an index serves one transaction).
/// The hashes of a platform whose games come from one DAT are kept in the database (<see cref="KeptTitleIndex"/>) by
/// the first pass that builds them: later passes read them back instead of parsing every name again.
/// </summary>
public sealed class TitleIndex : IDisposable
{
    private readonly TitleRows rows;
    private readonly long[] entryIds;
    private readonly PostingTable byKey;
    private readonly PostingTable byWord;
    private WordOverlap? overlap; // scratch reused by every Candidates call: an index serves one thread at a time

    private TitleIndex(SqliteConnection connection, long platformId, long[] entryIds, PostingTable byKey, PostingTable byWord)
    {
        rows = new TitleRows(connection);
        PlatformId = platformId;
        this.entryIds = entryIds;
        this.byKey = byKey;
        this.byWord = byWord;
    }

    public long PlatformId { get; }

    public int Count => entryIds.Length;

    /// <summary>Games whose names are parsed together, on every core, before they are filed in name order.</summary>
    private const int Batch = 4096;

    /// <summary>
    /// The platform's index: read back from the rows a pass kept for its DAT (<see cref="KeptTitleIndex"/>) while they
    /// hold, else built from the DAT's names (and kept, when all the platform's games come from one DAT).
    /// </summary>
    public static TitleIndex Load(SqliteConnection connection, long platformId) => Load(connection, platformId, new KeptTitleIndex(connection));

    /// <summary>The platform's index, with the rows <paramref name="kept"/> trusts and writes.</summary>
    internal static TitleIndex Load(SqliteConnection connection, long platformId, KeptTitleIndex kept)
    {
        var most = EntryCount(connection, platformId);
        if (most > 0 && kept.Find(platformId, most) is { } found)
        {
            try
            {
                return FromKept(connection, platformId, kept.Chunks(found.DatId, platformId), found.Titles);
            }
            catch (InvalidDataException)
            {
                // Kept rows that do not read back (damaged, or cut short) are only a lost shortcut: built again below.
            }
        }

        using var writer = most > 0 ? kept.Start(platformId, most) : null;
        return Build(connection, platformId, most, writer);
    }

    /// <summary>
    /// The index of the kept titles, filed in the order they were kept: the tables a build would make. Chunks numbered
    /// 0, 1, … whose checksums hold, each but the last of <see cref="KeptTitleIndex.ChunkTitles"/> titles, and the
    /// <paramref name="titles"/> the row records in all; anything else throws <see cref="InvalidDataException"/>.
    /// </summary>
    private static TitleIndex FromKept(SqliteConnection connection, long platformId, IEnumerable<(long Number, byte[] Titles)> chunks, int titles)
    {
        var entries = new long[titles];
        var keys = new PostingTable.Builder(titles);
        var wordTable = new PostingTable.Builder(titles * 4);
        var count = 0;
        var expected = 0L;
        foreach (var (number, chunk) in chunks)
        {
            if (number != expected || count != expected * KeptTitleIndex.ChunkTitles)
            {
                throw new InvalidDataException($"the kept title index has chunk {number} after {count} titles in {expected} chunks");
            }

            expected++;
            var reader = new TitleChunkReader(chunk, number);
            while (reader.Next(out var entryId, out var key, out var words))
            {
                if (count == entries.Length)
                {
                    throw new InvalidDataException($"the kept title index has more titles than the {titles} it recorded");
                }

                entries[count] = entryId;
                keys.Add(key, count);
                for (var i = 0; i < words; i++)
                {
                    wordTable.Add(reader.NextWord(), count);
                }

                count++;
            }
        }

        if (count != titles)
        {
            throw new InvalidDataException($"the kept title index has {count} titles where it recorded {titles}");
        }

        return new TitleIndex(connection, platformId, entries, keys.Build(), wordTable.Build(CommonWordTitles(count)));
    }

    private static TitleIndex Build(SqliteConnection connection, long platformId, int most, KeptTitleIndex.Writer? writer)
    {
        // Every array is sized from the platform's entry count up front: growing them would leave copies behind.
        var entries = new long[most];
        var keys = new PostingTable.Builder(most);
        var wordTable = new PostingTable.Builder(most * 4);
        var count = 0;
        var games = connection.Once("""
            SELECT min(e.dat_entry_id) AS dat_entry_id, e.game_name
            FROM dat_entry e JOIN dat_atomic_link l ON l.dat_entry_id = e.dat_entry_id AND l.rom_id IS NULL
            WHERE e.platform_id = $platform
            GROUP BY e.release_id, e.game_name
            ORDER BY e.release_id, e.game_name
            """).Bind("$platform", platformId).Stream(row => (EntryId: row.Long("dat_entry_id"), Name: row.Text("game_name")));
        var names = new string[Batch];
        var hashed = new DatTitleHashes[Batch];
        var batched = 0;
        foreach (var (entryId, name) in games)
        {
            if (count == entries.Length)
            {
                Array.Resize(ref entries, count + count / 2 + 16);
            }

            entries[count++] = entryId;
            names[batched++] = name;
            if (batched == Batch)
            {
                FileBatch(names, hashed, batched, count - batched, entries, keys, wordTable, writer);
                batched = 0;
            }
        }

        FileBatch(names, hashed, batched, count - batched, entries, keys, wordTable, writer);
        writer?.Finish();
        if (count < entries.Length)
        {
            Array.Resize(ref entries, count);
        }

        // A word most titles share tells nothing: Candidates skips it, so it is not kept at all.
        return new TitleIndex(connection, platformId, entries, keys.Build(), wordTable.Build(CommonWordTitles(count)));
    }

    /// <summary>
    /// Parses <paramref name="count"/> names in parallel (pure work, each into its own slot), then files their hashes in
    /// name order from <paramref name="first"/> (and keeps them, with a <paramref name="writer"/>): the tables come out
    /// as one thread would build them.
    /// </summary>
    private static void FileBatch(string[] names, DatTitleHashes[] hashed, int count, int first, long[] entries,
        PostingTable.Builder keys, PostingTable.Builder wordTable, KeptTitleIndex.Writer? writer)
    {
        Parallel.For(0, count, i => hashed[i] = DatTitleHashes.Of(names[i]));
        for (var i = 0; i < count; i++)
        {
            keys.Add(hashed[i].Key, first + i);
            foreach (var word in hashed[i].Words)
            {
                wordTable.Add(word, first + i);
            }

            writer?.Add(entries[first + i], hashed[i]);
        }
    }

    /// <summary>Titles worth scoring for a file: the same compact key (letters and digits), or the most words in common.</summary>
    public IEnumerable<IndexedTitle> Candidates(TitleFacts file, int limit = 40) => CandidateRows(file, limit).ConvertAll(row => row.ToIndexed());

    /// <summary>The games <see cref="Candidates"/> gives, in the same order, their names not parsed yet (one thread at a time).</summary>
    public List<TitleRow> CandidateRows(TitleFacts file, int limit = 40)
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

        return rows.ReadRows(chosen.Select(position => entryIds[position]));
    }

    /// <summary>Words in more titles than this are too common to say which game a file is (they are not looked up).</summary>
    private static int CommonWordTitles(int titles) => Math.Max(500, titles / 4);

    private static int EntryCount(SqliteConnection connection, long platformId) =>
        (int)connection.Once("SELECT count(*) FROM dat_entry WHERE platform_id = $platform").Bind("$platform", platformId).Long()!.Value;

    public void Dispose() => rows.Dispose();

    /// <summary>Whether several releases share this compact key (a region-less file name cannot tell them apart).</summary>
    public bool IsAmbiguous(string compact) => byKey.Find(TitleHash.Of(compact)).Length > 1;
}
