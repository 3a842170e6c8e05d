namespace RomCurator.Core.Configuration;

/// <summary>Where RomCurator keeps its own files. Empty means the XDG default (see <see cref="AppPaths"/>).</summary>
public sealed class PathSettings
{
    public string Database { get; set; } = "";

    public string Logs { get; set; } = "";

    public string Temp { get; set; } = "";
}
