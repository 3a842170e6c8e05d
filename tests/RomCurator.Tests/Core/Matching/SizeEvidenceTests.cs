using RomCurator.Core.Matching;

namespace RomCurator.Tests.Core.Matching;

/// <summary>Size as evidence, without a database: what each fit costs and whether it may be linked.</summary>
public sealed class SizeEvidenceTests
{
    [Test]
    [Arguments(524_288L, null, 524_288L, SizeFit.Same, true)]
    [Arguments(524_304L, 524_288L, 524_288L, SizeFit.Same, true)]
    [Arguments(786_432L, null, 524_288L, SizeFit.Close, true)]
    [Arguments(1_572_864L, null, 524_288L, SizeFit.Off, true)]
    [Arguments(4_096L, null, 524_288L, SizeFit.Far, false)]
    [Arguments(22L, null, 524_288L, SizeFit.Tiny, false)]
    [Arguments(22L, null, 0L, SizeFit.Tiny, false)]
    [Arguments(0L, null, 0L, SizeFit.Tiny, false)]
    [Arguments(100L, null, 100L, SizeFit.Same, true)]
    public async Task Each_fit_and_whether_it_may_link(long size, long? headerless, long rom, SizeFit fit, bool canLink)
    {
        var comparison = SizeEvidence.Compare(new FileEvidence(size, headerless, ".nes"), [rom]);

        await Assert.That(comparison.Fit).IsEqualTo(fit).Because(comparison.Text);
        await Assert.That(comparison.CanLink).IsEqualTo(canLink);
        await Assert.That(comparison.Factor).IsEqualTo(fit switch
        {
            SizeFit.Same => 1.0, SizeFit.Close => SizeEvidence.CloseFactor, SizeFit.Off => SizeEvidence.OffFactor,
            SizeFit.Far => SizeEvidence.FarFactor, _ => SizeEvidence.TinyFactor,
        });
    }

    [Test]
    public async Task A_compressed_image_or_a_dat_without_sizes_is_not_compared_but_a_tiny_file_still_is()
    {
        var chd = SizeEvidence.Compare(new FileEvidence(300_000_000, null, ".chd"), [700_000_000]);
        var noSizes = SizeEvidence.Compare(new FileEvidence(4096, null, ".sfc"), []);
        var tinyNoSizes = SizeEvidence.Compare(new FileEvidence(22, null, ".zip"), []);

        await Assert.That(chd.Fit).IsEqualTo(SizeFit.Unknown);
        await Assert.That(noSizes.Fit).IsEqualTo(SizeFit.Unknown);
        await Assert.That(noSizes.CanLink).IsTrue();
        await Assert.That(tinyNoSizes.Fit).IsEqualTo(SizeFit.Tiny);
        await Assert.That(tinyNoSizes.CanLink).IsFalse();
    }

    [Test]
    public async Task The_nearest_of_a_games_roms_is_compared_and_said_in_words()
    {
        var comparison = SizeEvidence.Compare(new FileEvidence(262_144, null, ".bin"), [1024, 262_144, 2_097_152]);
        var far = SizeEvidence.Compare(new FileEvidence(22, null, ".zip"), [524_288]);

        await Assert.That(comparison.Nearest).IsEqualTo(262_144L);
        await Assert.That(comparison.Distance).IsEqualTo(0.0);
        await Assert.That(comparison.Text).IsEqualTo("size matches (256 KiB)");
        await Assert.That(far.Text).Contains("the file is 22 bytes, the DAT's ROM 512 KiB");
    }
}
