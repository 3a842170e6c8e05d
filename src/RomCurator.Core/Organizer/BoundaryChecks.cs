using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Organizer;

/// <summary>
/// The <see cref="RootBoundary"/> checks of a plan, with each root's real path resolved once: why a file may not move
/// (a symbolic link, or reached through one) or why nothing may be put at a destination (a folder on the way is a link).
/// </summary>
public sealed class BoundaryChecks
{
    private readonly Dictionary<string, string?> realRoots = new(StringComparer.Ordinal);

    public string? Source(RootedPath path) =>
        RealRoot(path.Root) is { } realRoot
            ? RootBoundary.SourceProblem(realRoot, path.Relative)
            : $"the root folder '{path.Root}' cannot be reached";

    public string? Destination(RootedPath path) =>
        RealRoot(path.Root) is { } realRoot
            ? RootBoundary.DestinationProblem(realRoot, path.Relative)
            : $"the root folder '{path.Root}' cannot be reached";

    private string? RealRoot(string rootPath)
    {
        if (!realRoots.TryGetValue(rootPath, out var real))
        {
            real = realRoots[rootPath] = RootBoundary.RealRoot(rootPath);
        }

        return real;
    }
}
