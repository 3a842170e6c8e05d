using Microsoft.Data.Sqlite;
using RomCurator.Core.Archives;
using RomCurator.Core.Classification;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Hashing.Writing;

/// <summary>
/// Writes an archive's members: one <c>rom_file</c> per member content and one <c>archive_member</c> row per member
/// linking it to its container (the archive file, or the nested archive it sits in). Every member gets a row, keyed
/// by its path: members with the same content under different names are all listed, and a name the archive holds
/// twice is listed twice, the second time as "NAME (duplicate 2)". Any name is accepted (empty, a backslash, dots).
/// A member named after its container's file (a gz without a stored name) is listed once per content: copies of that
/// file under other names keep the name the first copy scanned gave it, so the copies do not list each other's names.
/// </summary>
public sealed class ArchiveMemberWriter(SqliteConnection connection, RomFileWriter roms, ExtensionRegistry registry) : IDisposable
{
    private const int Container = -1;

    private readonly SqlStatement upsert = connection.Statement("""
        INSERT INTO archive_member (parent_rom_id, child_rom_id, path_in_archive, compressed_size, uncompressed_size,
                                    compression_ratio, is_primary, sort_order, last_modified)
        VALUES ($parent, $child, $path, $compressed, $size, $ratio, $primary, $order, $modified)
        ON CONFLICT(parent_rom_id, path_in_archive) DO UPDATE SET child_rom_id = excluded.child_rom_id,
            compressed_size = excluded.compressed_size, uncompressed_size = excluded.uncompressed_size,
            compression_ratio = excluded.compression_ratio, is_primary = excluded.is_primary,
            sort_order = excluded.sort_order, last_modified = excluded.last_modified
        """);

    private readonly SqlStatement listed = connection.Statement("""
        SELECT 1 FROM archive_member WHERE parent_rom_id = $parent AND child_rom_id = $child LIMIT 1
        """);

    /// <summary>Writes every member of <paramref name="listing"/> under the container <paramref name="containerRomId"/>.</summary>
    public int Write(SqliteTransaction transaction, long containerRomId, ArchiveListing listing)
    {
        // Members come in enumeration order, and a nested archive's members right after it: the nested archive a
        // member sits in is the latest one before it with its parent path (two nested archives may share a name).
        var nestedByPath = new Dictionary<string, (int SortOrder, long RomId)>(StringComparer.Ordinal) { [""] = (Container, containerRomId) };
        var placed = new List<Placed>(listing.Members.Count);
        foreach (var member in listing.Members.OrderBy(m => m.SortOrder))
        {
            var role = member.IsArchive ? ContentRoles.Rom : ContentRoles.For(registry.Find(member.PathInArchive));
            var romId = roms.Upsert(transaction, member.Hashes, FileName(member.PathInArchive), role);
            roms.WriteMetadata(transaction, romId, member.Metadata);
            var parent = nestedByPath.TryGetValue(member.ParentPath, out var nested) ? nested : (SortOrder: Container, RomId: containerRomId);
            placed.Add(new Placed(member, parent.SortOrder, parent.RomId, romId));
            if (member.IsArchive)
            {
                nestedByPath[member.FullPath] = (member.SortOrder, romId);
            }
        }

        foreach (var siblings in placed.GroupBy(p => p.ParentOrder))
        {
            var playable = siblings.Count(p => IsPlayable(p.Member));
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (member, _, parentRomId, romId) in siblings)
            {
                if (member.NamedAfterContainer && IsListed(transaction, parentRomId, romId))
                {
                    continue;
                }

                upsert.In(transaction)
                    .Bind("$parent", parentRomId)
                    .Bind("$child", romId)
                    .Bind("$path", Unique(names, member.PathInArchive))
                    .Bind("$compressed", member.CompressedSize)
                    .Bind("$size", member.UncompressedSize)
                    .Bind("$ratio", member.CompressionRatio)
                    .Bind("$primary", playable == 1 && IsPlayable(member) ? 1L : 0L)
                    .Bind("$order", (long)member.SortOrder)
                    .Bind("$modified", member.LastModified?.ToUniversalTime().ToString("O"))
                    .Execute();
            }
        }

        return placed.Count;
    }

    public void Dispose()
    {
        upsert.Dispose();
        listed.Dispose();
    }

    private bool IsListed(SqliteTransaction transaction, long parentRomId, long childRomId) =>
        listed.In(transaction).Bind("$parent", parentRomId).Bind("$child", childRomId).Long() is not null;

    /// <summary>The name a member is listed under: its path, or "PATH (duplicate N)" when a sibling already has it.</summary>
    public static string Unique(HashSet<string> taken, string path)
    {
        if (taken.Add(path))
        {
            return path;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{path} (duplicate {n})";
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>The last part of a member's path; the whole path when that part is empty (a name such as "" or "dir/").</summary>
    private static string FileName(string path) => Path.GetFileName(path) is { Length: > 0 } name ? name : path;

    private bool IsPlayable(ArchiveMemberInfo member) =>
        !member.IsArchive && ContentRoles.For(registry.Find(member.PathInArchive)) is ContentRoles.Rom or ContentRoles.Disc;

    private sealed record Placed(ArchiveMemberInfo Member, int ParentOrder, long ParentRomId, long RomId);
}
