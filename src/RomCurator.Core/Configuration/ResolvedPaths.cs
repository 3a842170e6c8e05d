namespace RomCurator.Core.Configuration;

/// <summary>Absolute paths in effect after defaults, config files and command-line flags.</summary>
public sealed record ResolvedPaths(string Database, string Logs, string Temp, string UserConfigFile)
{
    /// <summary>The sidecar hash cache lives next to the main database.</summary>
    public string HashCache => Path.ChangeExtension(Database, ".cache.db");
}
