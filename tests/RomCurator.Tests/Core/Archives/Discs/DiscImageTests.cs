using System.Buffers.Binary;
using RomCurator.Core.Archives;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Support.ArchiveListings;

namespace RomCurator.Tests.Core.Archives.Discs;

/// <summary>CSO, ZSO and GCZ images list one member, the .iso, hashed like the image they were made from.</summary>
public sealed class DiscImageTests
{
    private static readonly byte[] Iso = DiscImageWriters.Iso(2048 * 61 + 1000, 3);

    [Test]
    [Arguments("Game (USA).cso", false, ArchiveKind.Cso)]
    [Arguments("Game (USA).zso", true, ArchiveKind.Zso)]
    public async Task A_cso_or_zso_lists_its_iso(string name, bool zso, ArchiveKind kind)
    {
        using var folder = new TempDirectory();
        var path = folder.File(name);
        File.WriteAllBytes(path, DiscImageWriters.Cso(Iso, 2048, zso));

        var listing = Enumerate(folder, path);

        await Assert.That(listing.Kind).IsEqualTo(kind);
        await Assert.That(listing.Problems).IsEmpty();
        await Assert.That(listing.Members.Count).IsEqualTo(1);
        await AssertMember(listing, "Game (USA).iso", Iso);
    }

    [Test]
    public async Task A_gcz_lists_its_iso()
    {
        using var folder = new TempDirectory();
        var path = folder.File("Game (Europe).gcz");
        File.WriteAllBytes(path, DiscImageWriters.Gcz(Iso, 16384));

        var listing = Enumerate(folder, path);

        await Assert.That(listing.Kind).IsEqualTo(ArchiveKind.Gcz);
        await Assert.That(listing.Problems).IsEmpty();
        await AssertMember(listing, "Game (Europe).iso", Iso);
    }

    [Test]
    public async Task A_cso_block_pointing_past_the_end_is_one_corrupt_problem()
    {
        using var folder = new TempDirectory();
        var path = folder.File("bad.cso");
        var cso = DiscImageWriters.Cso(Iso, 2048, false);
        BinaryPrimitives.WriteUInt32LittleEndian(cso.AsSpan(24 + 4 * 5), 0x7FFF_FF00);
        File.WriteAllBytes(path, cso);

        var listing = Enumerate(folder, path);

        await Assert.That(listing.Members).IsEmpty();
        await Assert.That(listing.Problems.Count).IsEqualTo(1);
        await Assert.That(listing.Problems[0].Kind).IsEqualTo(ArchiveProblemKind.Corrupt);
        await Assert.That(listing.Problems[0].Message).Contains("block 4 points outside the file");
    }

    [Test]
    public async Task A_gcz_block_failing_its_checksum_is_one_corrupt_problem()
    {
        using var folder = new TempDirectory();
        var path = folder.File("bad.gcz");
        var gcz = DiscImageWriters.Gcz(Iso, 16384);
        gcz[^100] ^= 0x55;
        File.WriteAllBytes(path, gcz);

        var listing = Enumerate(folder, path);

        await Assert.That(listing.Members).IsEmpty();
        await Assert.That(listing.Problems.Single().Message).Contains("fails its Adler-32");
    }

    [Test]
    [Arguments("RVZ")]
    [Arguments("WIA")]
    public async Task Rvz_and_wia_are_recognised_and_reported_as_not_read(string magic)
    {
        using var folder = new TempDirectory();
        var path = folder.File("Game." + magic.ToLowerInvariant());
        var content = new byte[4096];
        System.Text.Encoding.ASCII.GetBytes(magic).CopyTo(content, 0);
        content[3] = 1;
        File.WriteAllBytes(path, content);

        var listing = Enumerate(folder, path);

        await Assert.That(listing.Members).IsEmpty();
        await Assert.That(listing.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.Unsupported);
        await Assert.That(listing.Problems.Single().Message).Contains($"not read: {magic}");
    }

    [Test]
    [Arguments(0x1C, 0xC2339F3Du)]
    [Arguments(0x18, 0x5D1C9EA3u)]
    public async Task Nkit_images_are_recognised_and_reported_as_not_read(int magicOffset, uint magic)
    {
        using var folder = new TempDirectory();
        var path = folder.File("Game.nkit.iso");
        var content = new byte[8192];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(content.AsSpan(magicOffset), magic);
        "NKIT"u8.CopyTo(content.AsSpan(0x200));
        File.WriteAllBytes(path, content);

        var listing = Enumerate(folder, path);

        await Assert.That(listing.Kind).IsEqualTo(ArchiveKind.Nkit);
        await Assert.That(listing.Members).IsEmpty();
        await Assert.That(listing.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.Unsupported);
        await Assert.That(listing.Problems.Single().Message).Contains("not read: NKit");
    }

    [Test]
    public async Task A_plain_gamecube_image_is_not_taken_for_nkit()
    {
        using var folder = new TempDirectory();
        var path = folder.File("Game.iso");
        var content = new byte[8192];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(content.AsSpan(0x1C), 0xC2339F3D);
        File.WriteAllBytes(path, content);

        await Assert.That(RomCurator.Core.Archives.ArchiveSignature.Detect(File.ReadAllBytes(path).AsSpan(0, 1024))).IsNull();
    }
}
