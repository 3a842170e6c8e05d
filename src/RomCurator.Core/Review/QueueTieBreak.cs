using Microsoft.Data.Sqlite;
using RomCurator.Core.Matching;
using RomCurator.Core.Preferred;

namespace RomCurator.Core.Review;

/// <summary>
/// The review queue's tie-break in SQL, the rule of <see cref="SuggestionOrder"/>: among a file's suggestions of equal
/// confidence, the DAT game whose ROM size is nearest the file's (<c>size_distance</c>), then the preferred variant
/// under the curator's 1G1R preferences (collation <c>preferred_variant</c> over game names), then the order matching
/// found them in. Registered on the connection before the queue is read.
/// </summary>
public static class QueueTieBreak
{
    public const string Collation = "preferred_variant";

    /// <summary>
    /// The ORDER BY terms, for a query whose candidate is <c>c</c>, its file <c>r</c> and its DAT entry <c>e</c>. The
    /// size is only compared for a suggestion that ties with another of its file (the queue can hold hundreds of
    /// thousands); the collation is only consulted by the sort when everything before it is equal.
    /// </summary>
    public const string Terms =
        "CASE WHEN EXISTS (SELECT 1 FROM ingestion_candidate t WHERE t.rom_id = c.rom_id AND t.confidence = c.confidence AND t.candidate_id <> c.candidate_id) " +
        $"THEN size_distance(r.size_bytes, r.headerless_size, r.filename, {RomSizeList.Select}) END, e.game_name COLLATE {Collation}";

    public static void Register(SqliteConnection connection, VariantPreferences preferences)
    {
        var keys = new Dictionary<string, VariantKey>(StringComparer.Ordinal);
        VariantKey Key(string name) =>
            keys.TryGetValue(name, out var key) ? key : keys[name] = VariantKey.Of(new GameVariant(name, null), preferences);

        connection.CreateCollation(Collation, (a, b) => Key(a).CompareTo(Key(b)));
        connection.CreateFunction("size_distance", (long? size, long? headerless, string? name, string? romSizes) =>
            SizeEvidence.Compare(new FileEvidence(size ?? 0, headerless, Path.GetExtension(name ?? "")), RomSizeList.Parse(romSizes)).Distance,
            isDeterministic: true);
    }
}
