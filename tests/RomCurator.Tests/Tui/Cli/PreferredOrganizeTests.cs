using System.Text.Json;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>The organizer's 1G1R option: only the best held copy of each game is placed; the others go to _others/ or stay.</summary>
public sealed class PreferredOrganizeTests
{
    private static readonly string[] Games = ["Tetris (World) (Rev 1)", "Tetris (Japan) (En)", "Tetris 2 (USA)", "Tetris 2 (Japan) (Beta)"];

    private static TempDirectory Library(params int[] held)
    {
        var home = new TempDirectory();
        var dat = "clrmamepro ( name \"Nintendo - Game Boy\" version \"1\" )\n";
        for (var i = 0; i < Games.Length; i++)
        {
            var rom = Fixtures.Bytes(2048 + i, i + 1);
            dat += $"game ( name \"{Games[i]}\" rom ( name \"{Games[i]}.gb\" size {rom.Length} sha1 {ArchiveListings.Sha1(rom)} ) )\n";
            if (held.Contains(i))
            {
                File.WriteAllBytes(home.Write($"lib/incoming/g{i}.gb", ""), rom);
            }
        }

        home.Write("gb.dat", dat);
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"), "--platform", "gb");
        CliRun.Invoke(home, "scan");
        return home;
    }

    private static List<string> Files(TempDirectory home) =>
        [.. Directory.GetFiles(home.File("lib"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(home.File("lib"), f)).Order()];

    [Test]
    public async Task Off_by_default_every_verified_copy_is_placed()
    {
        using var home = Library(0, 1);

        var plan = CliRun.Invoke(home, "organize");

        await Assert.That(plan.Output).Contains("incoming/g1.gb → Nintendo - Game Boy/Japan/Tetris (Japan) (En).gb");
        await Assert.That(plan.Output).DoesNotContain("_others");
    }

    [Test]
    public async Task Other_copies_go_to_others_on_apply_and_come_back_on_undo()
    {
        using var home = Library(0, 1, 2, 3);
        CliRun.Invoke(home, "config", "set", "oneGameOneRom.organizePreferredOnly", "true");
        var before = Files(home);

        var plan = CliRun.Invoke(home, "organize");
        var afterDryRun = Files(home);
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");
        var applied = Files(home);
        using var document = JsonDocument.Parse(apply.Output);
        var undo = CliRun.Invoke(home, "organize", "--undo", document.RootElement.GetProperty("run_id").GetInt64().ToString(), "--yes");

        await Assert.That(plan.Output).Contains("incoming/g0.gb → Nintendo - Game Boy/World/Tetris (World) (Rev 1).gb");
        await Assert.That(plan.Output).Contains("incoming/g1.gb → _others/Nintendo - Game Boy/Japan/Tetris (Japan) (En).gb");
        await Assert.That(afterDryRun).IsEquivalentTo(before);
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Error);
        await Assert.That(applied).IsEquivalentTo([
            Path.Combine("Nintendo - Game Boy", "USA", "Tetris 2 (USA).gb"),
            Path.Combine("Nintendo - Game Boy", "World", "Tetris (World) (Rev 1).gb"),
            Path.Combine("_others", "Nintendo - Game Boy", "Japan", "Tetris (Japan) (En).gb"),
            Path.Combine("_others", "Nintendo - Game Boy", "Japan", "Tetris 2 (Japan) (Beta).gb"),
        ]);
        await Assert.That(undo.ExitCode).IsEqualTo(ExitCodes.Ok).Because(undo.Error);
        await Assert.That(Files(home)).IsEquivalentTo(before);
    }

    [Test]
    public async Task The_best_copy_held_is_placed_when_the_preferred_one_is_missing()
    {
        using var home = Library(1, 3);
        CliRun.Invoke(home, "config", "set", "oneGameOneRom.organizePreferredOnly", "true");

        var plan = CliRun.Invoke(home, "organize");

        await Assert.That(plan.Output).Contains("incoming/g1.gb → Nintendo - Game Boy/Japan/Tetris (Japan) (En).gb");
        await Assert.That(plan.Output).Contains("incoming/g3.gb → Nintendo - Game Boy/Japan/Tetris 2 (Japan) (Beta).gb");
        await Assert.That(plan.Output).DoesNotContain("_others");
    }

    [Test]
    public async Task With_stay_other_copies_are_left_where_they_are_with_the_reason()
    {
        using var home = Library(0, 1);
        CliRun.Invoke(home, "config", "set", "oneGameOneRom.organizePreferredOnly", "true");
        CliRun.Invoke(home, "config", "set", "oneGameOneRom.otherCopies", "stay");

        var plan = CliRun.Invoke(home, "organize", "--json");
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes");

        await Assert.That(plan.Output).Contains("another copy of the game is preferred (1G1R: Tetris (World) (Rev 1)); it stays where it is");
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Error);
        await Assert.That(Files(home)).IsEquivalentTo([Path.Combine("Nintendo - Game Boy", "World", "Tetris (World) (Rev 1).gb"), Path.Combine("incoming", "g1.gb")]);
    }
}
