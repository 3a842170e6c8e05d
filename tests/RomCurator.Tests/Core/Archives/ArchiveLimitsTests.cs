using RomCurator.Core.Archives;
using RomCurator.Core.Configuration;

namespace RomCurator.Tests.Core.Archives;

public sealed class ArchiveLimitsTests
{
    [Test]
    public async Task Limits_come_from_the_archive_and_scan_settings()
    {
        var archives = new ArchiveSettings { MaxDepth = 2, SpillThresholdBytes = 4096, MaxTotalExpandedBytes = 1_000_000, MaxMemberCount = 7, MaxCompressionRatio = 12.5 };
        var scan = new ScanSettings { HashChunkSizeBytes = 65536, Md5Crc32SizeLimitBytes = 123_456 };

        var limits = ArchiveLimits.From(archives, scan, "/tmp/rc");

        await Assert.That(limits.MaxDepth).IsEqualTo(2);
        await Assert.That(limits.SpillThresholdBytes).IsEqualTo(4096L);
        await Assert.That(limits.MaxTotalExpandedBytes).IsEqualTo(1_000_000L);
        await Assert.That(limits.MaxMemberCount).IsEqualTo(7);
        await Assert.That(limits.MaxCompressionRatio).IsEqualTo(12.5);
        await Assert.That(limits.TempPath).IsEqualTo("/tmp/rc");
        await Assert.That(limits.HashOptions.ChunkSizeBytes).IsEqualTo(65536);
        await Assert.That(limits.HashOptions.Md5Crc32SizeLimitBytes).IsEqualTo(123_456L);
    }

    [Test]
    public async Task The_defaults_follow_the_plan()
    {
        var limits = ArchiveLimits.From(new ArchiveSettings(), new ScanSettings(), "/tmp");

        await Assert.That(limits.MaxDepth).IsEqualTo(3);
        await Assert.That(limits.SpillThresholdBytes).IsEqualTo(128L * 1024 * 1024);
    }
}
