namespace RomCurator.Core.Configuration;

/// <summary>
/// The effective settings, the absolute paths they resolve to, and the files they came from. <see cref="Problem"/>:
/// when loaded leniently, the bad values of the config file (in one line naming the file and each key) that were
/// replaced by their defaults; <see cref="ProblemKeys"/> the keys concerned.
/// </summary>
public sealed record LoadedSettings(RomCuratorSettings Settings, ResolvedPaths Paths, IReadOnlyList<string> Files)
{
    public string? Problem { get; init; }

    public IReadOnlyList<string> ProblemKeys { get; init; } = [];
}
