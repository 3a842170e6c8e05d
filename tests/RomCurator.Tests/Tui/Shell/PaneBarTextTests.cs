using RomCurator.Tui.Shell;

namespace RomCurator.Tests.Tui.Shell;

public sealed class PaneBarTextTests
{
    private static readonly string[] Titles =
        ["Overview", "Roots", "DATs", "Scan", "Review", "Organizer", "Logs", "Validate", "Extensions", "Platforms", "Settings"];

    [Test]
    [Arguments(0)]
    [Arguments(4)]
    [Arguments(6)]
    [Arguments(10)]
    public async Task At_80_columns_the_daily_panes_keep_readable_names_and_the_current_one_its_full_name(int current)
    {
        var (text, start, length) = PaneBarText.Render(Titles, current, 78);

        await Assert.That(text.Length).IsLessThanOrEqualTo(78);
        await Assert.That(text.Substring(start, length)).IsEqualTo($"[{(current == 10 ? "F12" : $"{(current + 1) % 10}")} {Titles[current]}]");
        foreach (var daily in new[] { "2 Roots", "3 DATs", "4 Scan", "5 Revi", "6 Orga", "7 Logs" })
        {
            await Assert.That(text).Contains(daily);
        }
    }

    [Test]
    public async Task A_wide_screen_shows_every_name_in_full()
    {
        var (text, _, _) = PaneBarText.Render(Titles, 0, 160);

        await Assert.That(text).Contains("8 Validate");
        await Assert.That(text).Contains("9 Extensions");
        await Assert.That(text).Contains("F12 Settings");
    }
}
