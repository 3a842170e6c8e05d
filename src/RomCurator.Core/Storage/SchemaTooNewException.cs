namespace RomCurator.Core.Storage;

/// <summary>The database was written by a newer RomCurator; we refuse to touch it.</summary>
public sealed class SchemaTooNewException(string databasePath, int databaseVersion, int knownVersion)
    : Exception($"Database '{databasePath}' has schema version {databaseVersion}, but this romcurator only knows " +
                $"versions up to {knownVersion}. Use a newer romcurator for this database (it was not modified).")
{
    public int DatabaseVersion { get; } = databaseVersion;

    public int KnownVersion { get; } = knownVersion;
}
