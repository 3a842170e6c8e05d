using RomCurator.Core.Platforms;
using RomCurator.Core.Registry;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Registry;

/// <summary>The curator's own platform aliases: linked, repointed, listed and removed; bad names refused with one clear message.</summary>
public sealed class PlatformLinkStoreTests
{
    [Test]
    public async Task A_manual_alias_leads_to_its_platform_can_be_repointed_and_removed()
    {
        using var database = new TestDatabase();
        var store = new PlatformLinkStore(database.Connection);
        var directory = new PlatformDirectory(database.Connection);

        var linked = store.Link(" My Handheld ", "gb");
        var first = directory.Resolve("My Handheld")?.Name;
        store.Link("My Handheld", "snes");
        var repointed = directory.Resolve("My Handheld")?.Name;
        var listed = store.List().Single(l => l.Alias == "My Handheld");
        store.Unlink("My Handheld");

        await Assert.That(linked).IsEqualTo(new PlatformLink("My Handheld", "Nintendo - Game Boy", "manual", true));
        await Assert.That(first).IsEqualTo("Nintendo - Game Boy");
        await Assert.That(repointed).IsEqualTo("Nintendo - Super Nintendo Entertainment System");
        await Assert.That(listed.LinkType).IsEqualTo("manual");
        await Assert.That(directory.Resolve("My Handheld")).IsNull();
    }

    [Test]
    public async Task An_unknown_platform_an_empty_alias_or_an_unknown_alias_is_refused()
    {
        using var database = new TestDatabase();
        var store = new PlatformLinkStore(database.Connection);

        await Assert.That(() => store.Link("x", "Nintendo 99")).Throws<RegistryException>().WithMessageContaining("unknown platform 'Nintendo 99'");
        await Assert.That(() => store.Link(" \t", "gb")).Throws<RegistryException>().WithMessageContaining("without control characters");
        await Assert.That(() => store.Unlink("never linked")).Throws<RegistryException>().WithMessageContaining("is not a platform alias");
    }
}
