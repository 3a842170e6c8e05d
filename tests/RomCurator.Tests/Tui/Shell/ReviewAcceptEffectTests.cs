using RomCurator.Core.Configuration;
using RomCurator.Tui.Presentation;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>The Review pane says, above its list, what accepting a suggestion will do on disk under organizer.unverified.</summary>
public sealed class ReviewAcceptEffectTests
{
    [Test]
    public async Task The_review_pane_says_accepted_files_go_to_Unverified_by_default()
    {
        using var library = new ShellLibrary();

        var screen = library.Press(Key.D5).ReviewShown().Screen;

        await Assert.That(screen).Contains("Accepted files: organize moves them to <platform>/Unverified/, own name kept.");
        await Assert.That(screen).Contains("Zelda (Japan).sfc").Because("the list is still there below it");
    }

    [Test]
    [Arguments("separate", "Unverified/")]
    [Arguments("skip", "stay where they are")]
    public async Task The_line_follows_the_setting_and_fits_80_columns(string policy, string expected)
    {
        var line = AcceptEffectText.Line(new OrganizerSettings { Unverified = policy });

        await Assert.That(line).Contains(expected);
        await Assert.That(line.Length).IsLessThanOrEqualTo(80);
    }
}
