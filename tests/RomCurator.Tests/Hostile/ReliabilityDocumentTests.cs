namespace RomCurator.Tests.Hostile;

/// <summary>A stale reliability document fails its suite and says how to regenerate it; it is rewritten only when asked.</summary>
public sealed class ReliabilityDocumentTests
{
    private const string Document = "intro\n<!-- t:begin -->\n| old |\n<!-- t:end -->\nrest\n";

    [Test]
    public async Task A_stale_section_fails_with_the_command_that_regenerates_it()
    {
        var (rendered, failure) = ReliabilityDocument.Check(Document, "t", "| new |\n", "HostileInputTests", update: false);

        await Assert.That(rendered).Contains("| new |");
        await Assert.That(failure).IsNotNull();
        await Assert.That(failure!).Contains("ROMCURATOR_UPDATE_DOCS=1 dotnet test");
        await Assert.That(failure!).Contains("/*/*/HostileInputTests/*");
    }

    [Test]
    public async Task An_up_to_date_section_or_an_asked_update_passes()
    {
        var same = ReliabilityDocument.Check(Document, "t", "| old |\n", "HostileInputTests", update: false);
        var updated = ReliabilityDocument.Check(Document, "t", "| new |\n", "HostileInputTests", update: true);

        await Assert.That(same.Failure).IsNull();
        await Assert.That(same.Rendered).IsEqualTo(Document);
        await Assert.That(updated.Failure).IsNull();
        await Assert.That(updated.Rendered).Contains("| new |");
    }
}
