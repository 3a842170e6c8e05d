using RomCurator.Core.Archives;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Support.ArchiveListings;

namespace RomCurator.Tests.Core.Archives;

/// <summary>Every supported container is enumerated member by member, and each member hashes like its own bytes.</summary>
public sealed class ArchiveFormatTests
{
    private static readonly byte[] Rom = Data(150_000, 1);
    private static readonly byte[] Other = Data(40_000, 2);

    [Test]
    public async Task Zip_members_hash_like_their_bytes()
    {
        using var folder = new TempDirectory();
        var zip = new ArchiveFiles(folder).Zip("a.zip", ("Game (USA).nes", Rom), ("dir/Other.gb", Other));

        var listing = Enumerate(folder, zip);

        await Assert.That(listing.Kind).IsEqualTo(ArchiveKind.Zip);
        await Assert.That(listing.Problems).IsEmpty();
        await AssertMember(listing, "Game (USA).nes", Rom);
        await AssertMember(listing, "dir/Other.gb", Other);
        var game = listing.Members.Single(m => m.PathInArchive == "Game (USA).nes");
        await Assert.That(game.CompressedSize).IsGreaterThan(0L);
        await Assert.That(game.CompressionRatio).IsNotNull();
        await Assert.That(game.Depth).IsEqualTo(1);
        await Assert.That(game.ParentPath).IsEqualTo("");
        await Assert.That(listing.Members.Select(m => m.SortOrder)).IsEquivalentTo([0, 1]);
    }

    [Test]
    public async Task A_member_smaller_than_the_header_capture_still_gives_its_header_metadata()
    {
        using var folder = new TempDirectory();
        var rom = Metadata.MetadataTests.GameBoyRom("POCKET TEST", cgb: 0);
        var files = new ArchiveFiles(folder);

        foreach (var archive in new[] { files.Zip("a.zip", ("Pocket.gb", rom)), files.SevenZip("a.7z", null, false, ("Pocket.gb", rom)) })
        {
            var listing = Enumerate(folder, archive);

            await Assert.That(listing.Problems).IsEmpty();
            await AssertMember(listing, "Pocket.gb", rom);
            await Assert.That(listing.Members.Single().Metadata["gb.title"]).IsEqualTo("POCKET TEST");
        }
    }

    [Test]
    [Arguments(false)]
    [Arguments(true)]
    public async Task SevenZip_members_hash_like_their_bytes(bool stored)
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var archive = stored
            ? files.StoredSevenZip("a.7z", ("one.sfc", Rom), ("two.sfc", Other))
            : files.SevenZip("a.7z", null, false, ("one.sfc", Rom), ("two.sfc", Other));

        var listing = Enumerate(folder, archive);

        await Assert.That(listing.Kind).IsEqualTo(ArchiveKind.SevenZip);
        await Assert.That(listing.Problems).IsEmpty();
        await AssertMember(listing, "one.sfc", Rom);
        await AssertMember(listing, "two.sfc", Other);
    }

    [Test]
    [Arguments("a.tar", "", ArchiveKind.Tar)]
    [Arguments("a.tar.gz", "gzip", ArchiveKind.GZip)]
    [Arguments("a.tgz", "gzip", ArchiveKind.GZip)]
    [Arguments("a.tar.bz2", "bzip2", ArchiveKind.BZip2)]
    [Arguments("a.tar.xz", "xz", ArchiveKind.Xz)]
    public async Task Tar_members_hash_like_their_bytes_plain_or_compressed(string name, string compression, ArchiveKind kind)
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        (string, byte[])[] members = [("x/one.md", Rom), ("two.gg", Other)];
        var archive = compression is "" or "gzip" ? files.Tar(name, compression == "gzip", members) : files.CompressedTar(name, compression, members);

        var listing = Enumerate(folder, archive);

        await Assert.That(listing.Kind).IsEqualTo(kind);
        await Assert.That(listing.Problems).IsEmpty();
        await Assert.That(listing.Members.Count).IsEqualTo(2);
        await AssertMember(listing, "x/one.md", Rom);
        await AssertMember(listing, "two.gg", Other);
    }

    [Test]
    [Arguments("Game (Japan).pce.gz", "gzip")]
    [Arguments("Game (Japan).pce.bz2", "bzip2")]
    [Arguments("Game (Japan).pce.xz", "xz")]
    public async Task A_compressed_file_has_one_member_named_without_the_suffix(string name, string compression)
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var archive = compression == "gzip" ? files.Gzip(name, Rom) : files.Compressed(name, compression, "stored-name.pce", Rom);

        var listing = Enumerate(folder, archive);

        await Assert.That(listing.Problems).IsEmpty();
        await Assert.That(listing.Members.Count).IsEqualTo(1);
        await AssertMember(listing, "Game (Japan).pce", Rom);
    }

    [Test]
    public async Task A_gzip_file_without_the_suffix_takes_the_name_in_its_header()
    {
        using var folder = new TempDirectory();
        var made = new ArchiveFiles(folder).Compressed("made.gz", "gzip", "Original Name.nes", Rom);
        var renamed = folder.File("download");
        File.Move(made, renamed);

        var listing = Enumerate(folder, renamed);

        await Assert.That(listing.Kind).IsEqualTo(ArchiveKind.GZip);
        await AssertMember(listing, "Original Name.nes", Rom);
    }

    [Test]
    public async Task A_gzip_file_of_several_members_is_their_concatenation()
    {
        using var folder = new TempDirectory();
        var archive = new ArchiveFiles(folder).Gzip("joined.bin.gz", Rom, Other);

        var listing = Enumerate(folder, archive);

        await Assert.That(listing.Problems).IsEmpty();
        await AssertMember(listing, "joined.bin", [.. Rom, .. Other]);
    }

    [Test]
    public async Task The_signature_decides_not_the_extension()
    {
        using var folder = new TempDirectory();
        var zipNamedBin = new ArchiveFiles(folder).Zip("game.bin", ("inside.nes", Rom));
        var textNamedZip = folder.Write("fake.zip", "hello, this is not a zip");

        var zip = Enumerate(folder, zipNamedBin);
        var text = Enumerate(folder, textNamedZip);

        await Assert.That(ArchiveSignature.Detect(ArchiveSignature.ReadHeader(zipNamedBin))).IsEqualTo(ArchiveKind.Zip);
        await Assert.That(zip.Kind).IsEqualTo(ArchiveKind.Zip);
        await AssertMember(zip, "inside.nes", Rom);
        await Assert.That(ArchiveSignature.Detect(ArchiveSignature.ReadHeader(textNamedZip))).IsNull();
        await Assert.That(text.Kind).IsNull();
        await Assert.That(text.Members).IsEmpty();
        await Assert.That(text.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.Unsupported);
    }

    [Test]
    public async Task Member_paths_use_slashes_and_are_kept_as_given()
    {
        using var folder = new TempDirectory();
        var zip = new ArchiveFiles(folder).Zip("paths.zip", ("dir\\win.nes", Rom), ("../up.nes", Other), ("empty-dir/", []));

        var listing = Enumerate(folder, zip);

        await Assert.That(listing.Problems).IsEmpty();
        await Assert.That(listing.Members.Select(m => m.PathInArchive)).IsEquivalentTo(["dir/win.nes", "../up.nes"]);
        await AssertMember(listing, "dir/win.nes", Rom);
    }

    [Test]
    public async Task An_empty_zip_has_no_members_and_no_problems()
    {
        using var folder = new TempDirectory();
        var zip = new ArchiveFiles(folder).Zip("empty.zip");

        var listing = Enumerate(folder, zip);

        await Assert.That(listing.Kind).IsEqualTo(ArchiveKind.Zip);
        await Assert.That(listing.Members).IsEmpty();
        await Assert.That(listing.Problems).IsEmpty();
    }

    [Test]
    public async Task A_missing_file_is_a_problem_not_an_exception()
    {
        using var folder = new TempDirectory();

        var listing = Enumerate(folder, folder.File("gone.zip"));

        await Assert.That(listing.Kind).IsNull();
        await Assert.That(listing.Problems.Single().Message).Contains("cannot be opened");
    }

    [Test]
    public async Task Cancellation_is_honoured()
    {
        using var folder = new TempDirectory();
        var zip = new ArchiveFiles(folder).Zip("a.zip", ("a.nes", Rom));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.That(() => ArchiveReader.Enumerate(zip, Limits(folder), PasswordDictionary.Empty, cancelled.Token))
            .Throws<OperationCanceledException>();
    }
}
