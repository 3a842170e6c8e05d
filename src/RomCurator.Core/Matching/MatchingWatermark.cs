using System.Globalization;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Core.Preferred;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Matching;

/// <summary>
/// What the last completed matching pass saw (<c>matching_watermark</c>): the newest file and file instance, and the
/// fingerprint of everything else that decides matching's results — the matching settings, the 1G1R preferences, the
/// imported DATs (each import or removal changes its row), the DAT entries written, the roots and their platforms, the
/// review decisions, the program (<see cref="CodeStamp"/>: its version and the fingerprint of its sources). While the fingerprint is unchanged, a pass over only the files added (or
/// seen at a new place) since gives what a full pass would; when it changed, the pass is a full one. A pass with
/// nothing new is a few indexed lookups. A build without a source fingerprint (<paramref name="programStamp"/> null)
/// trusts no watermark: its every pass is a full one.
/// </summary>
public sealed class MatchingWatermark(SqliteConnection connection, string? programStamp)
{
    public MatchingWatermark(SqliteConnection connection)
        : this(connection, CodeStamp.Current)
    {
    }

    /// <summary>What a pass starts from; <see cref="Save"/> it once the pass completed.</summary>
    public sealed record Seen(long MaxRom, long MaxInstance, string State);

    /// <summary>The library's state now, read before the pass joins anything.</summary>
    public Seen Observe(MatchingSettings settings, VariantPreferences preferences)
    {
        var maxRom = connection.Once("SELECT coalesce(max(rom_id), 0) FROM rom_file").Long() ?? 0;
        var maxInstance = connection.Once("SELECT coalesce(max(instance_id), 0) FROM file_instance").Long() ?? 0;
        var library = connection.Once("""
            SELECT (SELECT coalesce(max(dat_entry_id), 0) || '/' || coalesce(max(log_id), 0) FROM dat_entry)
                || ' dats ' || coalesce((SELECT group_concat(dat, ',') FROM (SELECT dat_id || ':' || coalesce(log_id, '') || ':' || coalesce(file_sha1, '') AS dat
                                          FROM dat_file ORDER BY dat_id)), '')
                || ' roots ' || coalesce((SELECT group_concat(root, ',') FROM (SELECT root_id || ':' || coalesce(platform_id, '') || ':' || is_active || ':' || coalesce(removed_at, '') AS root
                                          FROM library_root ORDER BY root_id)), '')
                || ' review ' || (SELECT count(*) || '/' || coalesce(max(decision_id), 0) FROM review_decision)
            """).Text() ?? "";
        var state = string.Join(" | ",
            programStamp ?? "",
            string.Create(CultureInfo.InvariantCulture,
                $"{settings.ReviewThreshold:R} {settings.AutoLinkThreshold:R} {settings.AutoLinkHighConfidence} {settings.MaxCandidatesPerFile}"),
            string.Join(',', preferences.Regions) + " " + string.Join(',', preferences.Languages) + " " +
            string.Join(',', preferences.Avoid.Order(StringComparer.Ordinal)),
            library);
        return new Seen(maxRom, maxInstance, state);
    }

    /// <summary>The files the pass must join: only those new since the last completed pass while its fingerprint still holds, else all.</summary>
    public MatchScope Scope(Seen now)
    {
        var last = connection.Once("SELECT max_rom_id, max_instance_id, state FROM matching_watermark WHERE watermark_id = 1")
            .First(row => (Seen?)new Seen(row.Long("max_rom_id"), row.Long("max_instance_id"), row.Text("state")));
        return programStamp is not null && last is not null && last.State == now.State && last.MaxRom <= now.MaxRom && last.MaxInstance <= now.MaxInstance
            ? new MatchScope(last.MaxRom, last.MaxInstance, Full: false)
            : MatchScope.Everything;
    }

    /// <summary>Whether the pass has nothing to join at all: the fingerprint holds and no file or instance was added.</summary>
    public static bool NothingNew(MatchScope scope, Seen now) => !scope.Full && scope.AfterRom == now.MaxRom && scope.AfterInstance == now.MaxInstance;

    /// <summary>Records what a completed pass (<paramref name="logId"/>) started from.</summary>
    public void Save(Seen seen, long logId) =>
        connection.Once("""
            INSERT INTO matching_watermark (watermark_id, log_id, max_rom_id, max_instance_id, state) VALUES (1, $log, $rom, $instance, $state)
            ON CONFLICT(watermark_id) DO UPDATE SET log_id = excluded.log_id, max_rom_id = excluded.max_rom_id,
                max_instance_id = excluded.max_instance_id, state = excluded.state
            """).Bind("$log", logId).Bind("$rom", seen.MaxRom).Bind("$instance", seen.MaxInstance).Bind("$state", seen.State).Execute();
}
