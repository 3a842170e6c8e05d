using Microsoft.Data.Sqlite;
using RomCurator.Core.Archives;
using RomCurator.Core.Ingestion.Classification;

namespace RomCurator.Core.Ingestion.Writing;

/// <summary>
/// Writes an archive's members: one <c>rom_file</c> per member content and one <c>archive_member</c> row linking
/// it to its container (the archive file, or the nested archive it sits in).
/// </summary>
public sealed class ArchiveMemberWriter(SqliteConnection connection, RomFileWriter roms, ExtensionRegistry registry) : IDisposable
{
    private readonly PreparedCommand upsert = new(connection, """
        INSERT INTO archive_member (parent_rom_id, child_rom_id, path_in_archive, compressed_size, uncompressed_size,
                                    compression_ratio, is_primary, sort_order, last_modified)
        VALUES ($parent, $child, $path, $compressed, $size, $ratio, $primary, $order, $modified)
        ON CONFLICT(parent_rom_id, child_rom_id) DO UPDATE SET path_in_archive = excluded.path_in_archive,
            compressed_size = excluded.compressed_size, uncompressed_size = excluded.uncompressed_size,
            compression_ratio = excluded.compression_ratio, is_primary = excluded.is_primary,
            sort_order = excluded.sort_order, last_modified = excluded.last_modified
        """, "$parent", "$child", "$path", "$compressed", "$size", "$ratio", "$primary", "$order", "$modified");

    /// <summary>Writes every member of <paramref name="listing"/> under the container <paramref name="containerRomId"/>.</summary>
    public int Write(SqliteTransaction transaction, long containerRomId, ArchiveListing listing)
    {
        var romIdByPath = new Dictionary<string, long>(StringComparer.Ordinal) { [""] = containerRomId };
        var members = listing.Members.OrderBy(m => m.Depth).ThenBy(m => m.SortOrder).ToList();
        foreach (var member in members)
        {
            var role = member.IsArchive ? ContentRoles.Rom : ContentRoles.For(registry.Find(member.PathInArchive));
            var romId = roms.Upsert(transaction, member.Hashes, Path.GetFileName(member.PathInArchive), role);
            roms.WriteMetadata(transaction, romId, member.Metadata);
            romIdByPath[FullPath(member)] = romId;
        }

        foreach (var siblings in members.GroupBy(m => m.ParentPath))
        {
            var playable = siblings.Count(m => IsPlayable(m));
            foreach (var member in siblings)
            {
                upsert
                    .With("$parent", romIdByPath.GetValueOrDefault(member.ParentPath, containerRomId))
                    .With("$child", romIdByPath[FullPath(member)])
                    .With("$path", member.PathInArchive)
                    .With("$compressed", member.CompressedSize)
                    .With("$size", member.UncompressedSize)
                    .With("$ratio", member.CompressionRatio)
                    .With("$primary", playable == 1 && IsPlayable(member) ? 1L : 0L)
                    .With("$order", (long)member.SortOrder)
                    .With("$modified", member.LastModified?.ToUniversalTime().ToString("O"))
                    .Execute(transaction);
            }
        }

        return members.Count;
    }

    public void Dispose() => upsert.Dispose();

    private bool IsPlayable(ArchiveMemberInfo member) =>
        !member.IsArchive && ContentRoles.For(registry.Find(member.PathInArchive)) is ContentRoles.Rom or ContentRoles.Disc;

    private static string FullPath(ArchiveMemberInfo member) =>
        member.ParentPath.Length == 0 ? member.PathInArchive : member.ParentPath + "/" + member.PathInArchive;
}
