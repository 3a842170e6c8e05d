namespace RomCurator.Core.Dats.Import;

/// <summary>The DAT files under a folder, recursively, in path order: <c>.dat .xml .zip .smdb</c> (hidden entries skipped).</summary>
public static class DatFolder
{
    public static readonly IReadOnlyList<string> Extensions = [".dat", ".xml", ".zip", ".smdb"];

    public static IReadOnlyList<string> Files(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true,
                MaxRecursionDepth = 32,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
            })
            .Where(f => Extensions.Any(x => f.EndsWith(x, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal),
    ];
}
