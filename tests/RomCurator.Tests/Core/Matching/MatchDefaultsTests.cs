using RomCurator.Core.Configuration;
using RomCurator.Core.Matching;
using RomCurator.Tests.Core.Configuration;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Matching;

/// <summary>Each matching threshold is written once (<see cref="MatchingDefaults"/>) and decided once (<see cref="MatchPolicy"/>).</summary>
public sealed class MatchDefaultsTests
{
    private static readonly MatchThresholds Defaults = MatchThresholds.From(new MatchingSettings());

    [Test]
    public async Task The_matching_defaults_loaded_are_the_ones_written_in_MatchingDefaults()
    {
        using var home = new TempDirectory();

        var loaded = SettingsLoaderTests.LoaderFor(home).Load().Settings.Matching;

        await Assert.That((loaded.ReviewThreshold, loaded.AutoLinkThreshold, loaded.AutoLinkHighConfidence, loaded.MaxCandidatesPerFile))
            .IsEqualTo((MatchingDefaults.ReviewThreshold, MatchingDefaults.AutoLinkThreshold, MatchingDefaults.AutoLinkHighConfidence,
                MatchingDefaults.MaxCandidatesPerFile));
    }

    [Test]
    public async Task A_link_reaches_its_release_at_the_auto_link_threshold_and_not_below()
    {
        await Assert.That(MatchPolicy.LinksRelease(MatchingDefaults.AutoLinkThreshold, Defaults)).IsTrue();
        await Assert.That(MatchPolicy.LinksRelease(1.0, Defaults)).IsTrue();
        await Assert.That(MatchPolicy.LinksRelease(MatchingDefaults.AutoLinkThreshold - 0.001, Defaults)).IsFalse();
    }

    [Test]
    public async Task With_auto_linking_off_no_title_link_reaches_its_release()
    {
        var off = Defaults with { AutoLinkEnabled = false };

        await Assert.That(MatchPolicy.LinksRelease(1.0, off)).IsFalse();
        await Assert.That(MatchPolicy.LinksRelease(MatchingDefaults.AutoLinkThreshold, off)).IsFalse();
    }
}
