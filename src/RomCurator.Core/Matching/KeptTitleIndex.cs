using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Matching;

/// <summary>
/// The <see cref="TitleIndex"/> of a platform kept between matching passes (<c>dat_title_index</c>,
/// <c>dat_title_chunk</c>, migration 0023), when all the platform's DAT games come from one DAT: its titles' entry ids
/// and hashes in index order. Rows are stamped with the program that computed them (<see cref="CodeStamp"/>: its
/// version and the fingerprint of its sources, since its name parser decides the hashes) and the DAT's import and file:
/// a new import or update of the DAT, or another build, makes them stale and the next pass writes them again; removing
/// the DAT removes them. A platform whose games come from several DATs is not kept, nor is anything by a build without
/// a source fingerprint (<paramref name="programStamp"/> null).
/// </summary>
public sealed class KeptTitleIndex(SqliteConnection connection, string? programStamp)
{
    public KeptTitleIndex(SqliteConnection connection)
        : this(connection, CodeStamp.Current)
    {
    }

    /// <summary>What kept rows must carry to be trusted: the program's stamp, the DAT's import and its file's SHA-1.</summary>
    private const string CurrentStamp = "$program || '|' || coalesce(d.log_id, '') || '|' || coalesce(d.file_sha1, '')";

    /// <summary>
    /// Titles per chunk: a chunk of typical titles is 35–50 KB, under the 85,000 bytes from which .NET puts an array on
    /// the large-object heap (freed only by a full collection; chunks of 4,096 titles, ~170 KB, would all go there).
    /// </summary>
    public const int ChunkTitles = 1024;

    /// <summary>
    /// The DAT whose kept titles are the platform's whole index, and how many titles it has; null when none is kept,
    /// the kept one is stale, or the platform has entries of another DAT (<paramref name="platformEntries"/> counts them all).
    /// A row whose title count is not a number from 0 to its entries is damaged: not found (the next pass writes it again).
    /// </summary>
    public (long DatId, int Titles)? Find(long platformId, long platformEntries) =>
        programStamp is null
            ? null
            : connection.Once($"""
                SELECT k.dat_id, k.titles FROM dat_title_index k JOIN dat_file d ON d.dat_id = k.dat_id
                WHERE k.platform_id = $platform AND k.entries = $entries AND k.stamp = {CurrentStamp}
                    AND typeof(k.titles) = 'integer' AND k.titles BETWEEN 0 AND k.entries
                """).Bind("$platform", platformId).Bind("$entries", platformEntries).Bind("$program", programStamp)
                .First(row => ((long DatId, int Titles)?)(row.Long("dat_id"), (int)row.Long("titles")));

    /// <summary>The kept chunks of a DAT's titles on a platform with their numbers, in index order (a chunk that is not a blob reads as empty).</summary>
    public IEnumerable<(long Number, byte[] Titles)> Chunks(long datId, long platformId) =>
        connection.Once("""
            SELECT chunk, CASE typeof(titles) WHEN 'blob' THEN titles END AS titles
            FROM dat_title_chunk WHERE dat_id = $dat AND platform_id = $platform ORDER BY chunk
            """).Bind("$dat", datId).Bind("$platform", platformId).Stream(row => (row.Long("chunk"), row.BlobOrNull("titles") ?? []));

    /// <summary>
    /// Starts keeping the platform's index when all its <paramref name="platformEntries"/> DAT entries come from one DAT
    /// (the platform's earlier kept rows are dropped either way); null when they do not, or the program has no stamp.
    /// </summary>
    public Writer? Start(long platformId, long platformEntries)
    {
        connection.Once("DELETE FROM dat_title_index WHERE platform_id = $platform").Bind("$platform", platformId).Execute();
        var datId = connection.Once("""
            SELECT CASE WHEN count(dat_id) = count(*) AND min(dat_id) = max(dat_id) THEN min(dat_id) END
            FROM dat_entry WHERE platform_id = $platform
            """).Bind("$platform", platformId).Long();
        if (datId is null || programStamp is null)
        {
            return null;
        }

        connection.Once($"""
            INSERT INTO dat_title_index (dat_id, platform_id, stamp, entries, titles)
            SELECT d.dat_id, $platform, {CurrentStamp}, $entries, 0 FROM dat_file d WHERE d.dat_id = $dat
            """).Bind("$dat", datId.Value).Bind("$platform", platformId).Bind("$program", programStamp)
            .Bind("$entries", platformEntries).Execute();
        return new Writer(connection, datId.Value, platformId);
    }

    /// <summary>Writes one platform's kept titles, chunk by chunk, in index order; <see cref="Finish"/> records their count.</summary>
    public sealed class Writer(SqliteConnection connection, long datId, long platformId) : IDisposable
    {
        private readonly TitleChunkWriter chunk = new();
        private SqlStatement? insert;
        private int chunks;
        private int titles;

        public void Add(long entryId, DatTitleHashes hashes)
        {
            chunk.Add(entryId, hashes);
            titles++;
            if (chunk.Count == ChunkTitles)
            {
                Flush();
            }
        }

        public void Finish()
        {
            Flush();
            connection.Once("UPDATE dat_title_index SET titles = $titles WHERE dat_id = $dat AND platform_id = $platform")
                .Bind("$titles", titles).Bind("$dat", datId).Bind("$platform", platformId).Execute();
        }

        private void Flush()
        {
            if (chunk.Count == 0)
            {
                return;
            }

            insert ??= connection.Statement("""
                INSERT INTO dat_title_chunk (dat_id, platform_id, chunk, titles) VALUES ($dat, $platform, $chunk, $titles)
                """);
            insert.Bind("$dat", datId).Bind("$platform", platformId).Bind("$chunk", chunks).Bind("$titles", chunk.Take(chunks)).Execute();
            chunks++;
        }

        public void Dispose() => insert?.Dispose();
    }
}
