using RomCurator.Core.Storage;
using RomCurator.Tui.Shell;

namespace RomCurator.Tests.Tui.Shell;

public sealed class OverviewTextTests
{
    [Test]
    public async Task Shows_the_database_schema_and_counts()
    {
        var summary = new DatabaseSummary("/data/romcurator.db", 1, 1, 0, "wal", new Dictionary<string, long> { ["rom_file"] = 1234 });

        var text = OverviewText.Render(summary);

        await Assert.That(text).Contains("/data/romcurator.db");
        await Assert.That(text).Contains("rom_file");
        await Assert.That(text).Contains("1,234");
    }
}
