using RomCurator.Core.Dats.Import;
using RomCurator.Core.Matching;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Matching;

/// <summary>The real NES, SNES and Game Boy DATs of the shared folder, imported once, with a title index per platform.</summary>
public sealed class RealDatTitles : IDisposable
{
    private static readonly (string Platform, string File)[] Dats =
    [
        ("nes", "no-intro_clrmamepro_Nintendo - Nintendo Entertainment System.dat"),
        ("snes", "no-intro_logiqx_Nintendo - Super Nintendo Entertainment System (Parent-Clone) (20240317-134803).dat"),
        ("gb", "no-intro_clrmamepro_Nintendo - Game Boy.dat"),
    ];

    private readonly TestDatabase database = new();
    private readonly Dictionary<string, TitleIndex> indexes = [];
    private readonly Dictionary<string, HashSet<string>> names = [];

    public RealDatTitles()
    {
        foreach (var (platform, file) in Dats)
        {
            new DatImporter(database.Connection).Import(Path.Combine(RepositoryPaths.Shared, "dats", file), null, CancellationToken.None);
            var platformId = Sql.Scalar<long>(database.Connection,
                "SELECT platform_id FROM dat_entry WHERE dat_id = (SELECT max(dat_id) FROM dat_file) LIMIT 1");
            indexes[platform] = TitleIndex.Load(database.Connection, platformId);
            names[platform] = Sql.Column(database.Connection, $"SELECT DISTINCT game_name FROM dat_entry WHERE platform_id = {platformId}").ToHashSet();
        }
    }

    public TitleIndex Index(string platform) => indexes[platform];

    public bool Lists(string platform, string gameName) => names[platform].Contains(gameName);

    public void Dispose() => database.Dispose();
}
