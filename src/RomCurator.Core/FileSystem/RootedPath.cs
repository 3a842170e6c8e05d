namespace RomCurator.Core.FileSystem;

/// <summary>
/// A path inside a library root: the root's folder and the '/'-separated path below it, as the database keeps them
/// (<c>library_root.path</c> and <c>file_instance.relative_path</c>). The one place the two are joined into an
/// absolute path and an absolute path is split back, so no caller glues them by hand (in C# or in SQL).
/// </summary>
public readonly record struct RootedPath(string Root, string Relative)
{
    /// <summary>The absolute path: the root joined with the relative path (the root itself when that is empty).</summary>
    public string Absolute => Path.Join(Root, Relative);

    /// <summary>The path of <paramref name="absolute"/> below <paramref name="root"/>, '/'-separated.</summary>
    public static RootedPath Under(string root, string absolute) => new(root, Path.GetRelativePath(root, absolute).Replace('\\', '/'));

    /// <summary>Another path in the same root.</summary>
    public RootedPath Sibling(string relative) => this with { Relative = relative };

    /// <summary>The path of <paramref name="name"/> inside this folder (the root's own entries have no leading '/').</summary>
    public RootedPath Child(string name) => this with { Relative = Relative.Length == 0 ? name : string.Concat(Relative, "/", name) };

    /// <summary>
    /// The full path this names with '..' and a rooted relative path resolved, when it is still below the root; null when
    /// it would leave the root. What the organizer checks before it plans to put anything there.
    /// </summary>
    public string? ResolvedInsideRoot()
    {
        var full = Path.GetFullPath(Path.Combine(Root, Relative));
        return full.StartsWith(Root.TrimEnd('/') + "/", StringComparison.Ordinal) ? full : null;
    }

    public override string ToString() => Absolute;
}
