using RomCurator.Core.Discovery;

namespace RomCurator.Tests.Core.Discovery;

public sealed class GlobPatternTests
{
    [Test]
    [Arguments("*.part", "a/b/file.part", true)]
    [Arguments("*.part", "file.part", true)]
    [Arguments("*.part", "file.part.nes", false)]
    [Arguments("**/junk/**", "x/junk/y/z.nes", true)]
    [Arguments("**/junk/**", "junk/z.nes", true)]
    [Arguments("**/junk/**", "notjunk/z.nes", false)]
    [Arguments("bios/*", "bios/scph1001.bin", true)]
    [Arguments("bios/*", "bios/sub/x.bin", false)]
    [Arguments("bios/*", "other/bios/x.bin", false)]
    [Arguments("saves/", "saves/a.srm", true)]
    [Arguments("?.nes", "a.nes", true)]
    [Arguments("?.nes", "ab.nes", false)]
    [Arguments("Thumbs.db", "deep/THUMBS.DB", true)]
    public async Task Matches_like_gitignore(string pattern, string path, bool expected)
    {
        await Assert.That(new GlobPattern(pattern).IsMatch(path)).IsEqualTo(expected);
    }
}
