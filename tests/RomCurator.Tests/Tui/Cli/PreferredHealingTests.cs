using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>
/// A hand move is healed (recorded as a restore) only when it lands where the organizer would place the file under
/// the same settings, 1G1R options included: with organizePreferredOnly an other copy's place is under _others/.
/// </summary>
public sealed class PreferredHealingTests
{
    private static readonly string[] Games = ["Tetris (World) (Rev 1)", "Tetris (Japan) (En)"];

    private static TempDirectory Library(bool preferredOnly)
    {
        var home = new TempDirectory();
        var dat = "clrmamepro ( name \"Nintendo - Game Boy\" version \"1\" )\n";
        for (var i = 0; i < Games.Length; i++)
        {
            var rom = Fixtures.Bytes(2048 + i, i + 1);
            dat += $"game ( name \"{Games[i]}\" rom ( name \"{Games[i]}.gb\" size {rom.Length} sha1 {ArchiveListings.Sha1(rom)} ) )\n";
            File.WriteAllBytes(home.Write($"lib/incoming/g{i}.gb", ""), rom);
        }

        home.Write("gb.dat", dat);
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"), "--platform", "gb");
        CliRun.Invoke(home, "scan");
        if (preferredOnly)
        {
            CliRun.Invoke(home, "config", "set", "oneGameOneRom.organizePreferredOnly", "true");
        }

        return home;
    }

    private static List<string> Restores(TempDirectory home)
    {
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        return Sql.Column(connection, "SELECT destination_path FROM file_operation_log WHERE operation_type = 'restore' ORDER BY 1");
    }

    [Test]
    public async Task With_preferred_only_a_hand_move_to_others_is_a_restore_and_one_to_the_main_tree_is_not()
    {
        using var home = Library(preferredOnly: true);
        var others = home.File("lib/_others/Nintendo - Game Boy/Japan/Tetris (Japan) (En).gb");
        var preferred = home.File("lib/Nintendo - Game Boy/World/Tetris (World) (Rev 1).gb");
        Directory.CreateDirectory(Path.GetDirectoryName(others)!);
        Directory.CreateDirectory(Path.GetDirectoryName(preferred)!);
        File.Move(home.File("lib/incoming/g1.gb"), others);
        File.Move(home.File("lib/incoming/g0.gb"), preferred);

        var scan = CliRun.Invoke(home, "scan");
        var plan = CliRun.Invoke(home, "organize");

        await Assert.That(scan.ExitCode).IsEqualTo(ExitCodes.Ok).Because(scan.Error);
        await Assert.That(Restores(home)).IsEquivalentTo([preferred, others], TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(plan.Output).DoesNotContain("→").Because("the organizer agrees both files are in place");
    }

    [Test]
    public async Task Without_the_option_a_hand_move_to_others_is_not_where_the_organizer_puts_the_file()
    {
        using var home = Library(preferredOnly: false);
        var others = home.File("lib/_others/Nintendo - Game Boy/Japan/Tetris (Japan) (En).gb");
        Directory.CreateDirectory(Path.GetDirectoryName(others)!);
        File.Move(home.File("lib/incoming/g1.gb"), others);

        CliRun.Invoke(home, "scan");

        await Assert.That(Restores(home)).IsEmpty();
    }
}
