using RomCurator.Core.Library;

namespace RomCurator.Core.Pipeline;

/// <summary>Which roots a scan covers: the one named (it must be active), or every root the store lists.</summary>
public static class ScanRoots
{
    public static List<LibraryRoot> Select(LibraryRootStore store, string? rootName)
    {
        if (rootName is { } name)
        {
            return store.Find(name) is { IsActive: true } root
                ? [root]
                : throw new ScanException($"there is no active root named '{name}' (see romcurator roots list).");
        }

        var roots = store.List().ToList();
        return roots.Count > 0
            ? roots
            : throw new ScanException("there are no library roots to scan; add one with: romcurator roots add PATH");
    }
}
