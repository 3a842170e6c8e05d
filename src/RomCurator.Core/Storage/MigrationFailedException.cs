namespace RomCurator.Core.Storage;

/// <summary>
/// A schema migration failed; its transaction was rolled back, so the database is exactly as it was before (at
/// <see cref="SchemaVersion"/>). The message names the migration and what went wrong, in one line.
/// </summary>
public sealed class MigrationFailedException(string databasePath, string migrationName, int schemaVersion, string reason, Exception inner)
    : InvalidOperationException(
        $"migration {migrationName} of database '{databasePath}' failed and was rolled back: {reason}. " +
        $"The database was not changed (still schema version {schemaVersion}); keep using the previous romcurator and report this.",
        inner)
{
    public string MigrationName { get; } = migrationName;

    public int SchemaVersion { get; } = schemaVersion;
}
