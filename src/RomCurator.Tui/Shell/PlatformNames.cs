using Microsoft.Data.Sqlite;
using RomCurator.Core.Registry;
using RomCurator.Tui.Shell.Prompting;

namespace RomCurator.Tui.Shell;

/// <summary>Every known platform with all the names that lead to it, for the platform picker.</summary>
public static class PlatformNames
{
    public static PlatformPicker Picker(SqliteConnection connection) =>
        new(new PlatformLinkStore(connection).List(limit: 100_000)
            .GroupBy(l => l.Platform, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(l => l.Alias)])));
}
