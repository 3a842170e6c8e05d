using System.Text;
using System.Text.Json;
using RomCurator.Tests.Core.Preferred;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>`report --1g1r`: have / missing counted on each game's preferred variant, real DATs imported into real databases.</summary>
public sealed class PreferredReportTests
{
    /// <summary>Families from the No-Intro SNES parent/clone DAT, with ROMs the test writes.</summary>
    private static readonly (string Game, string? Parent)[] Snes =
    [
        ("Super Mario World (Europe) (Rev 1)", null),
        ("Super Mario World (USA)", "Super Mario World (Europe) (Rev 1)"),
        ("Super Mario World (USA) (Beta) (1990-10-25)", "Super Mario World (Europe) (Rev 1)"),
        ("Super Mario World - Super Mario Bros. 4 (Japan)", "Super Mario World (Europe) (Rev 1)"),
        ("Super Mario World 2 - Yoshi's Island (USA)", null),
        ("Super Mario World 2 - Yoshi's Island (Europe) (En,Fr,De) (Rev 2)", "Super Mario World 2 - Yoshi's Island (USA)"),
        ("Super Mario Kart (USA)", null),
        ("Super Mario Kart (Japan)", "Super Mario Kart (USA)"),
    ];

    private static byte[] Rom(int index) => Fixtures.Bytes(4096 + index, index + 1);

    private static TempDirectory Library(params string[] held)
    {
        var home = new TempDirectory();
        var dat = new StringBuilder("<?xml version=\"1.0\"?>\n<datafile><header><name>Nintendo - Super Nintendo Entertainment System (Parent-Clone)</name><version>1</version></header>\n");
        for (var i = 0; i < Snes.Length; i++)
        {
            var (game, parent) = Snes[i];
            var escaped = System.Security.SecurityElement.Escape(game);
            dat.Append($"<game name=\"{escaped}\"{(parent is null ? "" : $" cloneof=\"{System.Security.SecurityElement.Escape(parent)}\"")}><description>{escaped}</description>");
            dat.Append($"<rom name=\"{escaped}.sfc\" size=\"{Rom(i).Length}\" sha1=\"{ArchiveListings.Sha1(Rom(i))}\"/></game>\n");
            if (held.Contains(game))
            {
                File.WriteAllBytes(home.Write($"lib/{i}.sfc", ""), Rom(i));
            }
        }

        home.Write("snes.dat", dat.Append("</datafile>\n").ToString());
        Directory.CreateDirectory(home.File("lib"));
        SnesCliLibrary.ImportAndScan(home);
        return home;
    }

    [Test]
    public async Task Each_family_counts_once_by_its_preferred_game_had_held_only_as_another_copy_or_missing()
    {
        using var home = Library("Super Mario World - Super Mario Bros. 4 (Japan)", "Super Mario World 2 - Yoshi's Island (USA)");

        var json = CliRun.Invoke(home, "report", "--1g1r", "--json");
        var text = CliRun.Invoke(home, "report", "--1g1r");

        await Assert.That(json.ExitCode).IsEqualTo(ExitCodes.Ok).Because(json.Error);
        using var document = JsonDocument.Parse(json.Output);
        var dat = document.RootElement.GetProperty("dats")[0];
        await Assert.That(dat.GetProperty("games").GetInt64()).IsEqualTo(3L);
        await Assert.That(dat.GetProperty("have").GetInt64()).IsEqualTo(1L);
        await Assert.That(dat.GetProperty("only_other").GetInt64()).IsEqualTo(1L);
        await Assert.That(dat.GetProperty("missing").GetInt64()).IsEqualTo(1L);
        await Assert.That(dat.GetProperty("inferred_families").GetBoolean()).IsFalse();
        var other = dat.GetProperty("only_other_copies")[0];
        await Assert.That(other.GetProperty("preferred").GetString()).IsEqualTo("Super Mario World (USA)");
        await Assert.That(other.GetProperty("have")[0].GetString()).IsEqualTo("Super Mario World - Super Mario Bros. 4 (Japan)");
        await Assert.That(dat.GetProperty("missing_games").EnumerateArray().Select(g => g.GetString()!).ToList()).IsEquivalentTo(["Super Mario Kart (USA)"]);
        await Assert.That(document.RootElement.GetProperty("regions")[0].GetString()).IsEqualTo("USA");
        await Assert.That(text.Output).Contains("Super Mario World (USA)  (have: Super Mario World - Super Mario Bros. 4 (Japan))");
        await Assert.That(text.Output).Contains("1 preferred games missing");
    }

    [Test]
    public async Task Changed_preferences_change_which_copy_counts()
    {
        using var home = Library("Super Mario World - Super Mario Bros. 4 (Japan)", "Super Mario World 2 - Yoshi's Island (USA)");
        var set = CliRun.Invoke(home, "config", "set", "oneGameOneRom.regions", "Japan, Europe");

        var json = CliRun.Invoke(home, "report", "--1g1r", "--json");

        await Assert.That(set.ExitCode).IsEqualTo(ExitCodes.Ok).Because(set.Error);
        using var document = JsonDocument.Parse(json.Output);
        var dat = document.RootElement.GetProperty("dats")[0];
        await Assert.That(dat.GetProperty("have").GetInt64()).IsEqualTo(1L);
        await Assert.That(dat.GetProperty("only_other_copies")[0].GetProperty("preferred").GetString())
            .IsEqualTo("Super Mario World 2 - Yoshi's Island (Europe) (En,Fr,De) (Rev 2)");
        await Assert.That(dat.GetProperty("missing_games")[0].GetString()).IsEqualTo("Super Mario Kart (Japan)");
    }

    [Test]
    public async Task A_bad_preference_is_refused_with_one_line()
    {
        using var home = new TempDirectory();

        var set = CliRun.Invoke(home, "config", "set", "oneGameOneRom.regions", "USA, Narnia");

        await Assert.That(set.ExitCode).IsNotEqualTo(ExitCodes.Ok);
        await Assert.That(set.Error).Contains("'Narnia' is not a region");
    }

    [Test]
    public async Task The_shared_dats_imported_as_they_are_count_their_parents_or_their_inferred_families()
    {
        using var home = new TempDirectory();
        var import = CliRun.Invoke(home, "dat", "import", SharedDatGames.PathOf(SharedDatGames.Snes), SharedDatGames.PathOf(SharedDatGames.GameBoy));

        var json = CliRun.Invoke(home, "report", "--1g1r", "--json");
        var text = CliRun.Invoke(home, "report", "--1g1r");

        await Assert.That(import.ExitCode).IsEqualTo(ExitCodes.Ok).Because(import.Error);
        using var document = JsonDocument.Parse(json.Output);
        var dats = document.RootElement.GetProperty("dats").EnumerateArray().ToList();
        var snes = dats.Single(d => d.GetProperty("dat").GetString()!.Contains("Super Nintendo"));
        var gameBoy = dats.Single(d => d.GetProperty("dat").GetString() == "Nintendo - Game Boy");
        var snesParents = SharedDatGames.Read(SharedDatGames.Snes).Count(g => g.Parent is null);
        await Assert.That(snes.GetProperty("games").GetInt64()).IsEqualTo(snesParents);
        await Assert.That(snes.GetProperty("missing").GetInt64()).IsEqualTo(snesParents);
        await Assert.That(snes.GetProperty("inferred_families").GetBoolean()).IsFalse();
        await Assert.That(gameBoy.GetProperty("inferred_families").GetBoolean()).IsTrue();
        await Assert.That(gameBoy.GetProperty("games").GetInt64()).IsLessThan(SharedDatGames.Read(SharedDatGames.GameBoy).Count);
        await Assert.That(gameBoy.GetProperty("missing_games").EnumerateArray().Select(g => g.GetString())).Contains("Tetris (World) (Rev 1)");
        await Assert.That(gameBoy.GetProperty("missing_games").EnumerateArray().Select(g => g.GetString())).DoesNotContain("Tetris (Japan) (En)");
        await Assert.That(text.Output).Contains("~Nintendo - Game Boy");
        await Assert.That(text.Output.Split('\n').Take(6).Max(l => l.TrimEnd('\r').Length)).IsLessThanOrEqualTo(80);
    }
}
