using System.Text;
using RomCurator.Core.Archives;

namespace RomCurator.Core.Hashing;

/// <summary>
/// Writes a path inside an archive the way the library lists it: <c>outer.zip#inner.zip#file</c>, '#' at every
/// archive boundary and '/' only for folders inside an archive. The archive engine joins nesting levels with '/',
/// so the boundaries are found from the nested archives it recorded.
/// </summary>
public static class MemberPath
{
    public static string Join(string container, string innerPath, ArchiveListing listing)
    {
        if (string.IsNullOrEmpty(innerPath))
        {
            return container;
        }

        var nestedArchives = listing.Members.Where(m => m.IsArchive).Select(m => m.FullPath).ToHashSet(StringComparer.Ordinal);
        var joined = new StringBuilder(container).Append('#');
        for (var i = 0; i < innerPath.Length; i++)
        {
            joined.Append(innerPath[i] == '/' && nestedArchives.Contains(innerPath[..i]) ? '#' : innerPath[i]);
        }

        return joined.ToString();
    }
}
