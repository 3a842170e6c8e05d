using RomCurator.Core.Dats.Import;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Matching;

public sealed class TitleMatchingTests
{
    /// <summary>The size of every file and of every DAT ROM here: a real ROM's, so that size is no objection.</summary>
    private const int FileSize = 4096;

    [Test]
    public async Task Files_without_a_hash_match_are_matched_by_title_within_their_platforms()
    {
        using var fixture = new ScanFixture();
        Import(fixture, "Nintendo - Super Nintendo Entertainment System",
            "Super Mario World (USA)", "Super Mario World (Japan)", "Zelda no Densetsu - Kamigami no Triforce (Japan)", "F-Zero (USA)");
        Import(fixture, "Nintendo - Game Boy", "F-Zero (Game Boy Edition) (USA)");
        fixture.Write("snes/Super Mario World (USA).sfc", Fixtures.Bytes(FileSize, 1));
        fixture.Write("snes/Super Mario World.sfc", Fixtures.Bytes(FileSize, 2));
        fixture.Write("snes/Zelda (Japan).sfc", Fixtures.Bytes(FileSize, 3));
        fixture.Write("snes/F-Zero (USA).smc", Fixtures.Bytes(FileSize, 4));
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
            "Super Mario World.sfc=Super Mario World (USA)@0.92",
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
        fixture.Write("Tetris (World).gb", Fixtures.Bytes(FileSize, 5));
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
        fixture.Write("Rocket Race (USA).wcx", Fixtures.Bytes(FileSize, 6));
        fixture.AddRoot();

        var summary = fixture.Scan();

        await Assert.That(summary.MatchedTitle).IsEqualTo(1L);
    }

    [Test]
    [Arguments(524_288L)]
    [Arguments(0L)]
    public async Task An_empty_zip_named_like_a_game_is_never_linked_by_title(long romSize)
    {
        using var fixture = new ScanFixture();
        Import(fixture, "Nintendo - Super Nintendo Entertainment System", [("Empty (World)", romSize)]);
        // 22 bytes: the end-of-central-directory record of a zip with no member.
        fixture.Write("snes/Empty.zip", [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        fixture.AddRoot(platform: "snes");

        var summary = fixture.Scan();

        await Assert.That(summary.MatchedTitle).IsEqualTo(0L);
        await Assert.That(fixture.Scalar<long>("SELECT count(*) FROM dat_atomic_link WHERE rom_id IS NOT NULL")).IsEqualTo(0L);
        await Assert.That(fixture.Scalar<double>("SELECT max(confidence) FROM ingestion_candidate")).IsLessThan(0.85);
        await Assert.That(fixture.Scalar<string>("SELECT reason FROM ingestion_candidate")).Contains("too small to link by title");
    }

    [Test]
    public async Task A_size_far_off_is_only_a_suggestion_and_the_nearest_size_wins_a_tie()
    {
        using var fixture = new ScanFixture();
        Import(fixture, "Nintendo - Super Nintendo Entertainment System",
            [("Star Blaster (USA)", 524_288), ("Moon Patrol (World) (Rev 1)", 262_144), ("Moon Patrol (World) (Rev 2)", 524_288)]);
        fixture.Write("snes/Star Blaster (USA).sfc", Fixtures.Bytes(4096, 1));
        fixture.Write("snes/Moon Patrol.sfc", Fixtures.Bytes(524_288, 2));
        fixture.AddRoot(platform: "snes");

        fixture.Scan();

        await Assert.That(Linked(fixture)).IsEquivalentTo(["Moon Patrol.sfc=Moon Patrol (World) (Rev 2)@0.92"]);
        await Assert.That(fixture.Scalar<string>("""
            SELECT c.reason FROM ingestion_candidate c JOIN rom_file r ON r.rom_id = c.rom_id WHERE r.filename = 'Star Blaster (USA).sfc'
            """)).Contains("size far off: the file is 4 KiB, the DAT's ROM 512 KiB");
    }

    [Test]
    public async Task A_title_found_on_another_platform_than_root_and_extension_agree_on_is_only_a_suggestion()
    {
        using var fixture = new ScanFixture();
        Import(fixture, "Nintendo - Game Boy", [("Tetris (World)", FileSize)]);
        Import(fixture, "Nintendo - Super Nintendo Entertainment System", [("Tetris (World)", FileSize)]);
        fixture.Write("gb/Tetris (World).sfc", Fixtures.Bytes(FileSize, 7));
        fixture.AddRoot(platform: "gb");

        var summary = fixture.Scan();

        await Assert.That(summary.MatchedTitle).IsEqualTo(0L);
        await Assert.That(fixture.Scalar<long>("SELECT count(*) FROM ingestion_candidate")).IsEqualTo(2L);
        await Assert.That(fixture.Scalar<string>("SELECT reason FROM ingestion_candidate ORDER BY confidence DESC LIMIT 1")).Contains("another platform");
    }

    [Test]
    public async Task The_cartridge_header_chooses_the_platforms_when_root_and_extension_say_nothing()
    {
        using var fixture = new ScanFixture();
        var rom = RomCurator.Tests.Core.Metadata.MetadataTests.GameBoyRom("POCKET TEST", cgb: 0);
        Import(fixture, "Nintendo - Game Boy", [("Pocket Test (USA)", rom.Length)]);
        Import(fixture, "Acme - Wondercart", [("Pocket Test (USA)", rom.Length)]);
        fixture.Write("Pocket Test (USA).bin", rom);
        fixture.AddRoot();

        fixture.Scan();

        await Assert.That(fixture.Column("""
            SELECT p.name FROM dat_atomic_link l JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id JOIN platform p ON p.platform_id = e.platform_id
            WHERE l.rom_id IS NOT NULL
            UNION ALL
            SELECT p.name FROM ingestion_candidate c JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id JOIN platform p ON p.platform_id = e.platform_id
            """)).IsEquivalentTo(["Nintendo - Game Boy"]);
    }

    private static List<string> Linked(ScanFixture fixture) => fixture.Column("""
        SELECT r.filename || '=' || e.game_name || '@' || l.confidence FROM dat_atomic_link l
        JOIN rom_file r ON r.rom_id = l.rom_id JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id ORDER BY r.filename
        """);

    private static void Import(ScanFixture fixture, string system, params string[] games) => Import(fixture, system, games, ".bin");

    private static void Import(ScanFixture fixture, string system, string game, string extension) => Import(fixture, system, [game], extension);

    private static void Import(ScanFixture fixture, string system, (string Game, long Size)[] games)
    {
        var text = new System.Text.StringBuilder($"clrmamepro ( name \"{system}\" version \"1\" )\n");
        var crc = 1;
        foreach (var (game, size) in games)
        {
            text.Append($"game ( name \"{game}\" rom ( name \"{game}.bin\" size {size} crc {crc++:x8} ) )\n");
        }

        var path = Path.Combine(fixture.Home, system.Replace(' ', '_') + ".dat");
        File.WriteAllText(path, text.ToString());
        using var connection = fixture.Open();
        new DatImporter(connection).Import(path, null, CancellationToken.None);
    }

    private static void Import(ScanFixture fixture, string system, string[] games, string extension)
    {
        var text = new System.Text.StringBuilder($"clrmamepro ( name \"{system}\" version \"1\" )\n");
        var crc = 1;
        foreach (var game in games)
        {
            text.Append($"game ( name \"{game}\" rom ( name \"{game}{extension}\" size {FileSize} crc {crc++:x8} ) )\n");
        }

        var path = Path.Combine(fixture.Home, system.Replace(' ', '_') + ".dat");
        File.WriteAllText(path, text.ToString());
        using var connection = fixture.Open();
        new DatImporter(connection).Import(path, null, CancellationToken.None);
    }
}
