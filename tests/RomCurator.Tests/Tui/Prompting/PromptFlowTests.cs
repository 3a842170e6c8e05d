using RomCurator.Tests.Support;
using RomCurator.Tests.Tui.Shell;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Prompting;

/// <summary>Adding a root by keyboard: Tab completes the folder, typing part of a name picks the platform.</summary>
public sealed class PromptFlowTests
{
    [Test]
    public async Task Tab_completes_the_folder_lists_choices_and_the_picker_takes_a_partial_platform_name()
    {
        using var library = new ShellLibrary();
        Directory.CreateDirectory(Path.Combine(library.Fixture.Home, "roms-gba"));
        Directory.CreateDirectory(Path.Combine(library.Fixture.Home, "roms-gbc"));
        library.Press(Key.D2, Key.A, Key.U.WithCtrl).Type(library.Fixture.Home + "/ro").Press(Key.Tab);
        var common = library.Window.Typing;
        var listed = library.Window.PopupLines;
        var screen = library.Screen;
        library.Type("a").Press(Key.Tab);
        var completed = library.Window.Typing;
        library.Press(Key.Enter).Type("game boy adv");
        var choices = library.Window.PopupLines;
        library.Press(Key.Enter);

        await Assert.That(common).IsEqualTo(library.Fixture.Home + "/roms-gb");
        await Assert.That(listed).IsEquivalentTo(new[] { "  roms-gba/", "  roms-gbc/" });
        await Assert.That(screen).Contains("roms-gbc/");
        await Assert.That(completed).IsEqualTo(library.Fixture.Home + "/roms-gba/");
        await Assert.That(choices[0]).StartsWith("› Nintendo - Game Boy Advance");
        await Assert.That(library.Window.PromptText).Contains("added root 'roms-gba'");
        await Assert.That(Sql.Scalar<string>(library.Connection, "SELECT p.name FROM library_root r JOIN platform p USING (platform_id) WHERE r.name = 'roms-gba'"))
            .IsEqualTo("Nintendo - Game Boy Advance");
    }

    [Test]
    public async Task A_refused_platform_keeps_the_path_and_what_was_typed_and_says_why()
    {
        using var library = new ShellLibrary();
        var folder = Directory.CreateDirectory(Path.Combine(library.Fixture.Home, "odd")).FullName;
        library.Press(Key.D2, Key.A).Answer(folder).Type("zzz console").Press(Key.Enter);
        var question = library.Window.PromptText;
        var typed = library.Window.Typing;
        var why = string.Join(" ", library.Window.PopupLines);
        library.Press(Key.U.WithCtrl).Type("snes").Press(Key.Enter);

        await Assert.That(question).StartsWith("Platform");
        await Assert.That(typed).IsEqualTo("zzz console");
        await Assert.That(why).Contains("unknown platform 'zzz console'");
        await Assert.That(why).Contains(folder);
        await Assert.That(library.Window.PromptText).Contains("added root 'odd'");
        await Assert.That(Sql.Scalar<string>(library.Connection, "SELECT p.name FROM library_root r JOIN platform p USING (platform_id) WHERE r.name = 'odd'"))
            .IsEqualTo("Nintendo - Super Nintendo Entertainment System");
    }

    [Test]
    public async Task A_refused_folder_is_asked_again_with_the_typed_path_and_the_reason()
    {
        using var library = new ShellLibrary();
        var missing = Path.Combine(library.Fixture.Home, "nowhere");
        library.Press(Key.D2, Key.A).Answer(missing);

        await Assert.That(library.Window.PromptText).StartsWith("Folder to add");
        await Assert.That(library.Window.Typing).IsEqualTo(missing);
        await Assert.That(string.Join(" ", library.Window.PopupLines)).Contains("does not exist");
    }
}
