using RomCurator.Core.Configuration;
using RomCurator.Tests.Support;
using RomCurator.Tui.Shell;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>
/// A bad value in the config file does not keep the interface closed nor abort a pane (issue 11, item 20): the
/// interface opens with that setting's default, says so, and the Settings pane marks the key.
/// </summary>
public sealed class SettingsFallbackTests
{
    [Test]
    public async Task A_bad_preset_in_the_file_is_shown_and_the_organizer_pane_still_opens()
    {
        using var fixture = new ScanFixture();
        Directory.CreateDirectory(fixture.AppPaths.ConfigHome);
        File.WriteAllText(fixture.AppPaths.UserConfigFile, """{ "organizer": { "preset": "es-dee", "template": "{platform}/{title}{ext}" } }""");
        var settings = new SettingsLoader(fixture.AppPaths).LoadLenient();
        using var connection = fixture.Open();
        using var terminal = new HeadlessTerminal(app => new MainWindow(app, connection, settings, fixture.AppPaths));
        var window = (MainWindow)terminal.Root;

        var opened = window.PromptText;
        var organizer = terminal.Press(Key.D6).Screen;
        var settingsPane = terminal.Press(Key.F12).Screen;

        await Assert.That(opened).Contains("organizer.preset 'es-dee'");
        await Assert.That(organizer).Contains("[6 Organizer]");
        await Assert.That(settingsPane).Contains("default used");
        await Assert.That(settings.Settings.Organizer.Template).IsEqualTo("{platform}/{title}{ext}");
    }

    [Test]
    public async Task At_80_columns_the_screen_names_the_bad_setting_first_and_the_settings_pane_shows_the_whole_problem()
    {
        using var fixture = new ScanFixture();
        Directory.CreateDirectory(fixture.AppPaths.ConfigHome);
        File.WriteAllText(fixture.AppPaths.UserConfigFile, """{ "organizer": { "template": "{platfrom}/{title}{ext}" } }""");
        var settings = new SettingsLoader(fixture.AppPaths).LoadLenient();
        using var connection = fixture.Open();
        using var terminal = new HeadlessTerminal(app => new MainWindow(app, connection, settings, fixture.AppPaths));

        var opened = terminal.Screen;
        var settingsPane = terminal.Press(Key.F12).Screen;
        var shown = string.Concat(settingsPane.Split('\n').Select(line => line.Trim('│', ' ') + " "));
        shown = shown.Replace("/ ", "/", StringComparison.Ordinal); // a path wraps after a slash

        await Assert.That(opened).Contains("Settings: organizer.template");
        await Assert.That(settings.Problem!).Contains(fixture.AppPaths.UserConfigFile);
        foreach (var word in RomCurator.Tui.Shell.Panes.SettingsPane.Fallback(settings.Problem!).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            await Assert.That(shown).Contains(word);
        }
    }

    [Test]
    public async Task The_settings_pane_refuses_an_unknown_preset_and_a_misspelled_template_token()
    {
        using var library = new ShellLibrary();
        var file = library.Fixture.Settings.Paths.UserConfigFile;

        // g: the first setting; nine rows down: organizer.preset; one up: organizer.template.
        // A refused value is asked again with the reason above the prompt line; Esc gives up.
        library.Press([Key.F12, Key.G, .. Enumerable.Repeat(Key.J, 9), Key.Enter]).Answer("es-dee");
        var preset = string.Join(" ", library.Window.PopupLines);
        library.Press(Key.Esc, Key.K, Key.Enter).Answer("{platfrm}/{title}{ext}");
        var template = string.Join(" ", library.Window.PopupLines);
        library.Press(Key.Esc);
        var organizer = library.Press(Key.D6).Screen;

        await Assert.That(preset).Contains("Not saved");
        await Assert.That(preset).Contains("organizer.preset 'es-dee'");
        await Assert.That(template).Contains("Not saved");
        await Assert.That(template).Contains("{platfrm}");
        await Assert.That(File.Exists(file) ? File.ReadAllText(file) : "").DoesNotContain("es-dee");
        await Assert.That(organizer).Contains("[6 Organizer]");
    }
}
