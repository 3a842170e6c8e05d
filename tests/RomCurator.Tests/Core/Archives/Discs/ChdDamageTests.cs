using System.Buffers.Binary;
using RomCurator.Core.Archives;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Support.ArchiveListings;

namespace RomCurator.Tests.Core.Archives.Discs;

/// <summary>A damaged CHD is one problem row with the reason, no members, no crash and no hang.</summary>
public sealed class ChdDamageTests
{
    private static readonly byte[] Iso = DiscImageWriters.Iso(4096 * 20, 9);

    [Test]
    public async Task A_truncated_chd_is_corrupt()
    {
        var (writer, bytes) = Build();
        await AssertOneProblem(bytes[..(int)(writer.MapOffset - 10)], ArchiveProblemKind.Corrupt, "truncated");
    }

    [Test]
    public async Task A_hunk_failing_its_crc16_is_corrupt()
    {
        var (_, bytes) = Build(new ChdWriter { Codec = "zstd", HunkBytes = 4096, UnitBytes = 2048, WrongFirstHunkCrc = true });
        await AssertOneProblem(bytes, ArchiveProblemKind.Corrupt, "hunk 0 fails its CRC16");
    }

    [Test]
    public async Task Damaged_hunk_data_is_corrupt()
    {
        var (writer, bytes) = Build();
        bytes[writer.FirstHunkOffset + 8] ^= 0xFF;
        bytes[writer.FirstHunkOffset + 9] ^= 0xFF;
        await AssertOneProblem(bytes, ArchiveProblemKind.Corrupt, "hunk 0");
    }

    [Test]
    public async Task An_unknown_codec_is_reported_as_not_read()
    {
        var (_, bytes) = Build();
        "abcd"u8.CopyTo(bytes.AsSpan(16));
        await AssertOneProblem(bytes, ArchiveProblemKind.Unsupported, "codec 'abcd' is not supported");
    }

    [Test]
    public async Task A_map_pointing_past_the_end_is_corrupt()
    {
        var (_, bytes) = Build(new ChdWriter { Codec = "zstd", HunkBytes = 4096, UnitBytes = 2048, MapOffsetShift = 1L << 32 });
        await AssertOneProblem(bytes, ArchiveProblemKind.Corrupt, "lies past the end of the file");
    }

    [Test]
    public async Task A_header_claiming_billions_of_hunks_is_refused_before_any_allocation()
    {
        var (_, bytes) = Build();
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(32), 4096L * uint.MaxValue); // logical size
        await AssertOneProblem(bytes, ArchiveProblemKind.Unsupported, "hunks (more than the");
    }

    [Test]
    public async Task Metadata_claiming_megabytes_is_corrupt_before_it_is_read()
    {
        var (writer, bytes) = Build();
        var offset = (int)writer.MetadataOffset;
        bytes[offset + 5] = 0x50; // 5 MiB of metadata, which the (padded) file does hold
        bytes = [.. bytes, .. new byte[6 * 1024 * 1024]];
        await AssertOneProblem(bytes, ArchiveProblemKind.Corrupt, "metadata adds up to more than");
    }

    [Test]
    public async Task A_metadata_chain_that_loops_is_corrupt()
    {
        var (writer, bytes) = Build();
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan((int)writer.MetadataOffset + 8), writer.MetadataOffset);
        await AssertOneProblem(bytes, ArchiveProblemKind.Corrupt, "metadata chain loops");
    }

    [Test]
    public async Task Data_that_does_not_match_the_header_sha1_is_corrupt()
    {
        var (_, bytes) = Build();
        bytes[70] ^= 1; // the data SHA-1 in the header
        await AssertOneProblem(bytes, ArchiveProblemKind.Corrupt, "the data's SHA-1");
    }

    [Test]
    public async Task A_chd_needing_its_parent_is_reported_as_not_read()
    {
        DiscSets.SkipWithoutChdman();

        using var folder = new TempDirectory();
        File.WriteAllBytes(folder.File("a.img"), Iso);
        var changed = (byte[])Iso.Clone();
        changed[5] ^= 1;
        File.WriteAllBytes(folder.File("b.img"), changed);
        DiscSets.Chdman("createraw", "-i", folder.File("a.img"), "-o", folder.File("parent.chd"), "-hs", "4096", "-us", "2048");
        DiscSets.Chdman("createraw", "-i", folder.File("b.img"), "-o", folder.File("child.chd"), "-op", folder.File("parent.chd"), "-hs", "4096", "-us", "2048");
        var child = File.ReadAllBytes(folder.File("child.chd"));
        File.Delete(folder.File("parent.chd"));

        // A raw CHD lists no members, so its opening is checked directly.
        using var file = new MemoryStream(child);
        var error = Assert.Throws<RomCurator.Core.Archives.Discs.DiscNotReadException>(() => RomCurator.Core.Archives.Discs.Chd.ChdImage.Open(file));
        await Assert.That(error!.Message).Contains("needs its parent CHD");
    }

    private static (ChdWriter Writer, byte[] Bytes) Build(ChdWriter? writer = null)
    {
        writer ??= new ChdWriter { Codec = "zstd", HunkBytes = 4096, UnitBytes = 2048 };
        writer.Metadata.Add(("DVD ", ""));
        return (writer, writer.Write(Iso));
    }

    private static async Task AssertOneProblem(byte[] bytes, ArchiveProblemKind kind, string text)
    {
        using var folder = new TempDirectory();
        var path = folder.File("Game.chd");
        File.WriteAllBytes(path, bytes);

        var listing = Enumerate(folder, path);

        await Assert.That(listing.Members).IsEmpty();
        await Assert.That(listing.Problems.Count).IsEqualTo(1);
        await Assert.That(listing.Problems[0].Kind).IsEqualTo(kind);
        await Assert.That(listing.Problems[0].Message).Contains(text);
    }
}
