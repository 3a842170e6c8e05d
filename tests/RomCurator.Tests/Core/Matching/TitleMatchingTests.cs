using RomCurator.Core.Dats.Import;
using RomCurator.Tests.Core.Ingestion;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Matching;

public sealed class TitleMatchingTests
{
    [Test]
    public async Task Files_without_a_hash_match_are_matched_by_title_within_their_platforms()
    {
        using var fixture = new ScanFixture();
        Import(fixture, "Nintendo - Super Nintendo Entertainment System",
            "Super Mario World (USA)", "Super Mario World (Japan)", "Zelda no Densetsu - Kamigami no Triforce (Japan)", "F-Zero (USA)");
        Import(fixture, "Nintendo - Game Boy", "F-Zero (Game Boy Edition) (USA)");
        fixture.Write("snes/Super Mario World (USA).sfc", IngestionJobTests.Bytes(64, 1));
        fixture.Write("snes/Super Mario World.sfc", IngestionJobTests.Bytes(64, 2));
        fixture.Write("snes/Zelda (Japan).sfc", IngestionJobTests.Bytes(64, 3));
        fixture.Write("snes/F-Zero (USA).smc", IngestionJobTests.Bytes(64, 4));
        fixture.AddRoot(platform: "snes");

        var summary = fixture.Scan();
        var again = fixture.Scan();

        await Assert.That(summary.MatchedHash).IsEqualTo(0L);
        await Assert.That(summary.MatchedTitle).IsEqualTo(3L);
        await Assert.That(summary.Candidates).IsEqualTo(2L);
        await Assert.That(again.MatchedTitle + again.Candidates).IsEqualTo(0L);
        await Assert.That(Linked(fixture)).IsEquivalentTo([
            "F-Zero (USA).smc=F-Zero (USA)@1.0",
            "Super Mario World (USA).sfc=Super Mario World (USA)@1.0",
            "Super Mario World.sfc=Super Mario World (Japan)@0.92",
        ]);
        await Assert.That(fixture.Column("SELECT r.filename FROM release_artifact a JOIN rom_file r ON r.rom_id = a.rom_id ORDER BY 1"))
            .IsEquivalentTo(["F-Zero (USA).smc", "Super Mario World (USA).sfc"]);
        await Assert.That(fixture.Scalar<string>("""
            SELECT c.reason FROM ingestion_candidate c JOIN rom_file r ON r.rom_id = c.rom_id
            WHERE r.filename = 'Zelda (Japan).sfc' ORDER BY c.confidence DESC LIMIT 1
            """)).Contains("Zelda no Densetsu");
        await Assert.That(fixture.Scalar<long>($"SELECT count(*) FROM ingestion_candidate WHERE log_id <> {summary.RunId}")).IsEqualTo(0L);
    }

    [Test]
    public async Task Without_a_root_hint_the_extension_chooses_the_platforms()
    {
        using var fixture = new ScanFixture();
        Import(fixture, "Nintendo - Game Boy", "Tetris (World)");
        Import(fixture, "Acme - Wondercart", "Tetris (World)");
        fixture.Write("Tetris (World).gb", IngestionJobTests.Bytes(32, 5));
        fixture.AddRoot();

        fixture.Scan();

        await Assert.That(fixture.Scalar<string>("""
            SELECT p.name FROM dat_atomic_link l JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id JOIN platform p ON p.platform_id = e.platform_id
            WHERE l.rom_id IS NOT NULL
            """)).IsEqualTo("Nintendo - Game Boy");
    }

    [Test]
    public async Task An_unknown_extension_uses_the_platforms_whose_dats_name_it()
    {
        using var fixture = new ScanFixture();
        Import(fixture, "Acme - Wondercart", "Rocket Race (USA)", ".wcx");
        fixture.Write("Rocket Race (USA).wcx", IngestionJobTests.Bytes(32, 6));
        fixture.AddRoot();

        var summary = fixture.Scan();

        await Assert.That(summary.MatchedTitle).IsEqualTo(1L);
    }

    private static List<string> Linked(ScanFixture fixture) => fixture.Column("""
        SELECT r.filename || '=' || e.game_name || '@' || l.confidence FROM dat_atomic_link l
        JOIN rom_file r ON r.rom_id = l.rom_id JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id ORDER BY r.filename
        """);

    private static void Import(ScanFixture fixture, string system, params string[] games) => Import(fixture, system, games, ".bin");

    private static void Import(ScanFixture fixture, string system, string game, string extension) => Import(fixture, system, [game], extension);

    private static void Import(ScanFixture fixture, string system, string[] games, string extension)
    {
        var text = new System.Text.StringBuilder($"clrmamepro ( name \"{system}\" version \"1\" )\n");
        var crc = 1;
        foreach (var game in games)
        {
            text.Append($"game ( name \"{game}\" rom ( name \"{game}{extension}\" size 1 crc {crc++:x8} ) )\n");
        }

        var path = Path.Combine(fixture.Home, system.Replace(' ', '_') + ".dat");
        File.WriteAllText(path, text.ToString());
        using var connection = fixture.Open();
        new DatImporter(connection).Import(path, null, CancellationToken.None);
    }
}
