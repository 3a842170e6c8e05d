using RomCurator.Core.Configuration;
using RomCurator.Tui.Presentation;
using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The settings a curator changes most (archive depth, password dictionary, hash read size, auto-link preference,
/// organizer template and dry-run default), in words, with sizes in MiB/GiB; the detail line gives the config key.
/// Enter edits the selected one; the value is checked with every config layer and saved to the user config file, and
/// applies to the next scan or organizer run. A refused value is asked again with the reason.
/// </summary>
public sealed class SettingsPane(PaneContext context) : ListPane("Settings")
{
    private string? saved;

    protected override IReadOnlyList<PaneKey> PaneKeys =>
    [
        new([Key.Enter, Key.E], "Enter", "edit the selected setting (saved to the user config file)", Edit),
    ];

    public override void Refresh()
    {
        var width = View.Frame.Width > 0 ? View.Frame.Width : 78;
        var nameWidth = Math.Min(40, EditableSettings.All.Max(s => SettingNames.Name(s.Key).Length));
        var title = saved ?? "Enter changes the selected setting; it is saved to your config file and applies from the next run.";
        // The problem is wrapped, not cut: at 80 columns it is the one place that says which value is wrong and why.
        var problem = context.Settings.Problem is { } text ? string.Join('\n', TextFit.Wrap(Fallback(text), width)) + "\n" : "";
        Show($"{problem}{title}\n{"SETTING".PadRight(nameWidth)}  VALUE",
            EditableSettings.All.Select(s => $"{TextFit.Pad(SettingNames.Name(s.Key), nameWidth)}  {TextFit.Middle(Value(s) + (IsBad(s) ? "  (bad value in the file: default used)" : ""), width - nameWidth - 2)}").ToList());
    }

    /// <summary>What the interface says about bad values in the config file: they are ignored (defaults apply) until fixed.</summary>
    public static string Fallback(string problem) => $"Settings: {ProblemFirst(problem)} — the defaults apply instead until you fix it (Settings pane, F12).";

    /// <summary>
    /// "config file 'PATH': what is wrong" as "what is wrong (in PATH)": a line cut at 80 columns still names the setting
    /// and the problem, not only the file's path.
    /// </summary>
    public static string ProblemFirst(string problem)
    {
        const string prefix = "config file '";
        var end = problem.StartsWith(prefix, StringComparison.Ordinal) ? problem.IndexOf("': ", prefix.Length, StringComparison.Ordinal) : -1;
        return end < 0 ? problem : $"{problem[(end + 3)..]} (in {problem[prefix.Length..end]})";
    }

    private bool IsBad(EditableSetting setting) => context.Settings.ProblemKeys.Contains(setting.Key, StringComparer.OrdinalIgnoreCase);

    protected override string Describe(int row) =>
        row >= EditableSettings.All.Count ? ""
        : IsBad(EditableSettings.All[row]) && context.Settings.Problem is { } problem
            ? $"{problem}\nConfig key: {EditableSettings.All[row].Key}"
            : $"{EditableSettings.All[row].Description}\nConfig key: {EditableSettings.All[row].Key}";

    private string Value(EditableSetting setting) => SettingNames.Value(setting.Key, setting.Read(context.Settings.Settings));

    private void Edit()
    {
        if (Selected >= 0)
        {
            var setting = EditableSettings.All[Selected];
            var current = setting.Read(context.Settings.Settings);
            Ask(setting, SettingNames.IsSize(setting.Key) ? SettingNames.Value(setting.Key, current) : current, null);
        }
    }

    private void Ask(EditableSetting setting, string initial, string? refused) =>
        context.Host.Ask($"{SettingNames.Name(setting.Key)}:", initial, value =>
        {
            try
            {
                context.Settings = new UserConfigEditor(context.Settings, context.AppPaths).Set(setting.Key, SettingNames.Typed(setting.Key, value));
                saved = $"Saved: {SettingNames.Name(setting.Key)} = {Value(setting)} (in {context.Settings.Paths.UserConfigFile}); it applies from the next run.";
                context.Host.Say(context.Settings.Problem is { } remaining
                    ? $"Saved {setting.Key} = {Value(setting)}; still to fix: {remaining}"
                    : $"Saved {setting.Key} = {Value(setting)}.");
            }
            catch (Exception problem) when (problem is ConfigurationException or IOException or UnauthorizedAccessException)
            {
                Ask(setting, value, "Not saved: " + problem.Message);
            }

            Refresh();
        }, refused: refused);
}
