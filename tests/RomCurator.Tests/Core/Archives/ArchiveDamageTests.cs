using System.Buffers.Binary;
using RomCurator.Core.Archives;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Support.ArchiveListings;

namespace RomCurator.Tests.Core.Archives;

/// <summary>
/// Truncated and damaged archives are reported as corrupt, never thrown, and no member with wrong content is
/// recorded: members are kept only when they read completely and match the archive's checksum.
/// </summary>
public sealed class ArchiveDamageTests
{
    private static readonly byte[] Rom = Data(150_000, 1);
    private static readonly byte[] Other = Data(40_000, 2);

    [Test]
    [Arguments("zip")]
    [Arguments("7z")]
    public async Task Truncated_zip_and_7z_are_corrupt_and_list_no_member_unverified(string format)
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var whole = format == "zip" ? files.Zip("a.zip", ("a.nes", Rom), ("b.nes", Other)) : files.SevenZip("a.7z", null, false, ("a.nes", Rom), ("b.nes", Other));
        Damage(whole, bytes => bytes[..(bytes.Length * 2 / 3)]);

        var listing = Enumerate(folder, whole);

        await Assert.That(listing.Problems.Count).IsEqualTo(1);
        await Assert.That(listing.Problems[0].Kind).IsEqualTo(ArchiveProblemKind.Corrupt);
        // Both keep their directory at the end: cut off, no member can be listed (an `.All` over the members here used
        // to pass on an empty list; the tar test below is the one where members before the cut survive).
        await Assert.That(listing.Members).IsEmpty();
    }

    [Test]
    public async Task A_truncated_tar_keeps_the_members_before_the_cut_and_drops_the_cut_one()
    {
        using var folder = new TempDirectory();
        var tar = new ArchiveFiles(folder).Tar("a.tar", false, ("first.nes", Other), ("second.nes", Rom));
        Damage(tar, bytes => bytes[..100_000]);

        var listing = Enumerate(folder, tar);

        await Assert.That(listing.Members.Select(m => m.FullPath)).IsEquivalentTo(["first.nes"]);
        await AssertMember(listing, "first.nes", Other);
        await Assert.That(listing.Problems).IsNotEmpty();
        await Assert.That(listing.Problems.All(p => p.Kind == ArchiveProblemKind.Corrupt)).IsTrue();
        await Assert.That(listing.Problems[0].Path).IsEqualTo("second.nes");
        await Assert.That(listing.Problems[0].Message).Contains("truncated");
    }

    [Test]
    [Arguments("a.tar.gz", "gzip")]
    [Arguments("a.tar.bz2", "bzip2")]
    [Arguments("a.tar.xz", "xz")]
    public async Task A_truncated_compressed_tar_keeps_no_members(string name, string compression)
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        (string, byte[])[] members = [("first.nes", Other), ("second.nes", Rom)];
        var archive = compression == "gzip" ? files.Tar(name, true, members) : files.CompressedTar(name, compression, members);
        Damage(archive, bytes => bytes[..(bytes.Length * 3 / 4)]);

        var listing = Enumerate(folder, archive);

        await Assert.That(listing.Members).IsEmpty();
        await Assert.That(listing.Problems.Last().Kind).IsEqualTo(ArchiveProblemKind.Corrupt);
    }

    [Test]
    [Arguments("cut", "gzip")]
    [Arguments("cut", "bzip2")]
    [Arguments("cut", "xz")]
    [Arguments("flip", "gzip")]
    [Arguments("flip", "bzip2")]
    [Arguments("flip", "xz")]
    [Arguments("trailer", "gzip")]
    public async Task A_damaged_compressed_file_records_no_member(string damage, string compression)
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var archive = compression == "gzip" ? files.Gzip("a.nes.gz", Rom) : files.Compressed("a.nes." + compression, compression, "a.nes", Rom);
        Damage(archive, bytes => damage switch
        {
            "cut" => bytes[..(bytes.Length * 2 / 3)],
            "flip" => Flip(bytes, bytes.Length / 2, 1),
            _ => Flip(bytes, bytes.Length - 6, 1),
        });

        var listing = Enumerate(folder, archive);

        await Assert.That(listing.Members).IsEmpty();
        await Assert.That(listing.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.Corrupt);
    }

    [Test]
    public async Task A_stored_zip_member_with_changed_bytes_fails_its_crc_and_is_dropped()
    {
        using var folder = new TempDirectory();
        var zip = new ArchiveFiles(folder).StoredZip("a.zip", ("bad.nes", Rom), ("good.nes", Other));
        // The first member's bytes start after its 30-byte local header and its name.
        Damage(zip, bytes => Flip(bytes, 30 + "bad.nes".Length + 1000, 1));

        var listing = Enumerate(folder, zip);

        var problem = listing.Problems.Single();
        await Assert.That(problem.Kind).IsEqualTo(ArchiveProblemKind.Corrupt);
        await Assert.That(problem.Path).IsEqualTo("bad.nes");
        await Assert.That(problem.Message).Contains("CRC32");
        await Assert.That(listing.Members.Select(m => m.FullPath)).IsEquivalentTo(["good.nes"]);
        await AssertMember(listing, "good.nes", Other);
    }

    [Test]
    public async Task A_zip_with_damaged_compressed_data_is_reported_and_the_member_is_dropped()
    {
        using var folder = new TempDirectory();
        var zip = new ArchiveFiles(folder).Zip("a.zip", ("a.nes", Rom));
        Damage(zip, bytes => Flip(bytes, bytes.Length / 2, 64));

        var listing = Enumerate(folder, zip);

        await Assert.That(listing.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.Corrupt);
        await Assert.That(listing.Members).IsEmpty();
    }

    [Test]
    public async Task A_stored_7z_member_with_changed_bytes_fails_its_crc_and_is_dropped()
    {
        using var folder = new TempDirectory();
        var archive = new ArchiveFiles(folder).StoredSevenZip("a.7z", ("bad.nes", Rom), ("good.nes", Other));
        // Packed data starts right after the 32-byte signature header; 7z stores members sorted by name.
        Damage(archive, bytes => Flip(bytes, 32 + 1000, 1));

        var listing = Enumerate(folder, archive);

        var problem = listing.Problems.Single();
        await Assert.That(problem.Path).IsEqualTo("bad.nes");
        await Assert.That(problem.Message).Contains("CRC32");
        await Assert.That(listing.Members.Select(m => m.FullPath)).IsEquivalentTo(["good.nes"]);
    }

    [Test]
    public async Task A_member_larger_than_its_declared_size_stops_the_archive()
    {
        using var folder = new TempDirectory();
        var zip = new ArchiveFiles(folder).Zip("lies.zip", ("zeros.bin", new byte[3 * 1024 * 1024]));
        // Declare 1,000 bytes in both the local header and the central directory: below every size guard.
        Damage(zip, bytes => DeclareSize(bytes, 1000));

        var listing = Enumerate(folder, zip);

        var problem = listing.Problems.Single();
        await Assert.That(problem.Kind).IsEqualTo(ArchiveProblemKind.Corrupt);
        await Assert.That(problem.Path).IsEqualTo("zeros.bin");
        await Assert.That(problem.Message).Contains("1,000 bytes the archive declares");
        await Assert.That(listing.Members).IsEmpty();
    }

    private static byte[] Flip(byte[] bytes, int at, int count)
    {
        for (var i = at; i < at + count; i++)
        {
            bytes[i] ^= 0x5A;
        }

        return bytes;
    }

    private static byte[] DeclareSize(byte[] zip, uint size)
    {
        var local = zip.AsSpan().IndexOf("PK\x03\x04"u8);
        var central = zip.AsSpan().IndexOf("PK\x01\x02"u8);
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(local + 22), size);
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(central + 24), size);
        return zip;
    }
}
