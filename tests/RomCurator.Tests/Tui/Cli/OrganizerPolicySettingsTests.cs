using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>The organizer's policy settings: shown by `config show`, set by `config set`, a bad value one clear line.</summary>
public sealed class OrganizerPolicySettingsTests
{
    [Test]
    public async Task Config_show_has_the_default_policy_and_config_set_changes_it()
    {
        using var home = new TempDirectory();

        var before = CliRun.Invoke(home, "config", "show", "--json");
        var set = CliRun.Invoke(home, "config", "set", "organizer.unverified", "skip");
        var after = CliRun.Invoke(home, "config", "show", "--json");

        await Assert.That(before.Output).Contains("\"unverified\": \"separate\"");
        await Assert.That(set.ExitCode).IsEqualTo(ExitCodes.Ok).Because(set.Error);
        await Assert.That(after.Output).Contains("\"unverified\": \"skip\"");
    }

    [Test]
    public async Task A_bad_policy_in_the_config_file_is_one_line_naming_the_key()
    {
        using var home = new TempDirectory();
        home.Write("config/romcurator/config.json", """{ "organizer": { "unverified": "sometimes" } }""");

        var run = CliRun.Invoke(home, "organize");

        await Assert.That(run.ExitCode).IsNotEqualTo(ExitCodes.Ok);
        await Assert.That(run.Error.Trim().Split('\n')).Count().IsEqualTo(1);
        await Assert.That(run.Error).StartsWith("romcurator: ");
        await Assert.That(run.Error).Contains("organizer.unverified 'sometimes' is not one of: separate, skip");
    }
}
