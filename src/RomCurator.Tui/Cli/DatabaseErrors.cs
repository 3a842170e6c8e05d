using Microsoft.Data.Sqlite;

namespace RomCurator.Tui.Cli;

/// <summary>Turns SQLite failures into sentences a user can act on.</summary>
public static class DatabaseErrors
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;
    private const int Corrupt = 11;

    public static string Describe(string databasePath, SqliteException error) => error.SqliteErrorCode switch
    {
        Busy or Locked => $"database '{databasePath}' is busy: another romcurator is writing to it. Try again when it finishes.",
        ReadOnly => $"database '{databasePath}' is read-only: check the file and folder permissions.",
        CantOpen => $"database '{databasePath}' cannot be opened: check that the folder exists and is writable.",
        NotADatabase => $"'{databasePath}' is not a RomCurator database (not an SQLite file).",
        Corrupt => $"database '{databasePath}' is damaged: restore a backup (run 'sqlite3 FILE \"PRAGMA integrity_check\"' to see the damage).",
        _ => $"database '{databasePath}': {error.Message}",
    };
}
