namespace RomCurator.Tests.Support;

/// <summary>Finds the repository and the shared folder beside it (CI clones the repo with shared/ next to it).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder; tests that need it fail loudly when it is missing.</summary>
    public static string Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            if (!Directory.Exists(shared))
            {
                throw new DirectoryNotFoundException($"The shared folder is missing: expected it at {shared} (beside the repository).");
            }

            return shared;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RomCurator.Tui.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"RomCurator.Tui.sln not found above {AppContext.BaseDirectory}.");
    }
}
