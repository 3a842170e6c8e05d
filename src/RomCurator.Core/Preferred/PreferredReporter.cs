using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Preferred;

/// <summary>Builds `report --1g1r` from the imported DATs and the library (only reads).</summary>
public sealed class PreferredReporter(SqliteConnection connection, VariantPreferences preferences)
{
    public PreferredReport Build(string? platformName = null) =>
        new(preferences.Regions, preferences.Languages,
            [.. new DatGamesReader(connection).Read(platformName).Select(dat => PreferredCoverage.Of(dat, preferences))]);
}
