using RomCurator.Tests.Support;
using RomCurator.Tui.Shell.Prompting;

namespace RomCurator.Tests.Tui.Prompting;

public sealed class PathCompleterTests
{
    [Test]
    public async Task One_match_completes_with_a_separator_several_complete_their_common_start_and_are_listed()
    {
        using var fixture = new ScanFixture();
        var home = fixture.Home + Path.DirectorySeparatorChar;
        foreach (var folder in new[] { "snes", "sega32x", "segacd", ".hidden" })
        {
            Directory.CreateDirectory(Path.Combine(fixture.Home, folder));
        }

        File.WriteAllText(Path.Combine(fixture.Home, "sega.txt"), "x");
        var folders = new PathCompleter(foldersOnly: true);

        var one = folders.Complete(home + "sn");
        var several = folders.Complete(home + "se");
        var none = folders.Complete(home + "zz");
        var dotted = folders.Complete(home + ".h");
        var withFiles = new PathCompleter(foldersOnly: false).Complete(home + "sega.");

        await Assert.That(one.Text).IsEqualTo(home + "snes" + Path.DirectorySeparatorChar);
        await Assert.That(one.Choices).IsEmpty();
        await Assert.That(several.Text).IsEqualTo(home + "sega");
        await Assert.That(several.Choices).IsEquivalentTo(new[] { "sega32x/", "segacd/" });
        await Assert.That(none.Text).IsEqualTo(home + "zz");
        await Assert.That(none.Note!).Contains("starts with 'zz'");
        await Assert.That(dotted.Text).IsEqualTo(home + ".hidden/");
        await Assert.That(withFiles.Text).IsEqualTo(home + "sega.txt");
        await Assert.That(folders.Complete(home + "s").Choices).DoesNotContain(".hidden/");
    }

    [Test]
    public async Task A_missing_or_unreadable_folder_offers_nothing_and_does_not_fail()
    {
        var completion = new PathCompleter(foldersOnly: true).Complete("/no/such/folder/x");

        await Assert.That(completion.Text).IsEqualTo("/no/such/folder/x");
        await Assert.That(completion.Choices).IsEmpty();
        await Assert.That(completion.Note).IsNotNull();
    }
}
