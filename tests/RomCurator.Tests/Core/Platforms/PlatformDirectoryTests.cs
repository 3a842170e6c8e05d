using RomCurator.Core.Platforms;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Platforms;

/// <summary>Any name of a platform (canonical, short, alias from the seeded links) resolves to the one platform.</summary>
public sealed class PlatformDirectoryTests
{
    [Test]
    [Arguments("Nintendo - Super Nintendo Entertainment System")]
    [Arguments("snes")]
    [Arguments("Super Famicom")]
    [Arguments("  SFC  ")]
    public async Task Every_name_of_a_platform_resolves_to_it(string name)
    {
        using var database = new TestDatabase();

        var platform = new PlatformDirectory(database.Connection).Resolve(name);

        await Assert.That(platform?.Name).IsEqualTo("Nintendo - Super Nintendo Entertainment System");
    }

    [Test]
    public async Task A_name_of_no_platform_resolves_to_nothing()
    {
        using var database = new TestDatabase();

        await Assert.That(new PlatformDirectory(database.Connection).Resolve("Nintendo 99")).IsNull();
    }
}
