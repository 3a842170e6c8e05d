using RomCurator.Core.Configuration;
using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The settings a curator changes most (archive depth, password dictionary, hash chunk size, auto-link preference,
/// organizer template and dry-run default). Enter edits the selected one; the value is checked with every config
/// layer and saved to the user config file, and applies to the next scan or organizer run.
/// </summary>
public sealed class SettingsPane(PaneContext context) : ListPane("Settings")
{
    protected override IReadOnlyList<PaneKey> PaneKeys =>
    [
        new([Key.Enter, Key.E], "Enter", "edit the selected setting (saved to the user config file)", Edit),
    ];

    public override void Refresh() =>
        Show((context.Settings.Problem is { } problem ? Fallback(problem) + "\n" : "") +
             $"Saved to {context.Settings.Paths.UserConfigFile}\n{"SETTING",-32} VALUE",
            EditableSettings.All.Select(s => $"{s.Key,-32} {Value(s)}" + (context.Settings.ProblemKeys.Contains(s.Key, StringComparer.OrdinalIgnoreCase) ? "  (bad value in the file: default used)" : "")).ToList());

    /// <summary>What the interface says about bad values in the config file: they are ignored (defaults apply) until fixed.</summary>
    public static string Fallback(string problem) => $"Settings: {problem} — the defaults apply instead until you fix it (Settings pane, 0).";

    protected override string Describe(int row) =>
        row >= EditableSettings.All.Count ? ""
        : context.Settings.ProblemKeys.Contains(EditableSettings.All[row].Key, StringComparer.OrdinalIgnoreCase) && context.Settings.Problem is { } problem
            ? problem
            : EditableSettings.All[row].Description;

    private string Value(EditableSetting setting)
    {
        var value = setting.Read(context.Settings.Settings);
        return value.Length == 0 ? "(none)" : value;
    }

    private void Edit()
    {
        if (Selected < 0)
        {
            return;
        }

        var setting = EditableSettings.All[Selected];
        context.Host.Ask($"{setting.Key}:", setting.Read(context.Settings.Settings), value =>
        {
            try
            {
                context.Settings = new UserConfigEditor(context.Settings, context.AppPaths).Set(setting.Key, value);
                context.Host.Say(context.Settings.Problem is { } remaining
                    ? $"saved {setting.Key} = {Value(setting)}; still to fix: {remaining}"
                    : $"saved {setting.Key} = {Value(setting)}; it applies from the next run");
            }
            catch (Exception problem) when (problem is ConfigurationException or IOException or UnauthorizedAccessException)
            {
                context.Host.Say("Not saved: " + problem.Message);
            }

            Refresh();
        });
    }
}
