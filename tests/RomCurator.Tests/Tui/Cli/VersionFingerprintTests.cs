using System.Text.Json;
using RomCurator.Core.Matching;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>`--version --json` names the source fingerprint the build compiled in (what kept matching state is stamped with).</summary>
public sealed class VersionFingerprintTests
{
    [Test]
    public async Task Version_json_names_the_source_fingerprint()
    {
        using var home = new TempDirectory();

        var json = CliRun.Invoke(home, "--version", "--json");

        using var document = JsonDocument.Parse(json.Output);
        var fingerprint = document.RootElement.GetProperty("source_fingerprint").GetString();
        await Assert.That(fingerprint).IsNotNull();
        await Assert.That(fingerprint!.Length).IsEqualTo(64);
        await Assert.That(fingerprint).IsEqualTo(CodeStamp.Fingerprint(typeof(CodeStamp).Assembly));
    }
}
