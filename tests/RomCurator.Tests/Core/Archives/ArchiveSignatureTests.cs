using RomCurator.Core.Archives;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Archives;

public sealed class ArchiveSignatureTests
{
    [Test]
    [Arguments(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0 }, ArchiveKind.Zip)]
    [Arguments(new byte[] { 0x50, 0x4B, 0x05, 0x06, 0, 0 }, ArchiveKind.Zip)]
    [Arguments(new byte[] { 0x50, 0x4B, 0x07, 0x08, 0x50, 0x4B, 0x03, 0x04 }, ArchiveKind.Zip)]
    [Arguments(new byte[] { 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0 }, ArchiveKind.SevenZip)]
    [Arguments(new byte[] { 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00 }, ArchiveKind.Rar)]
    [Arguments(new byte[] { 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00 }, ArchiveKind.Rar)]
    [Arguments(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, ArchiveKind.GZip)]
    [Arguments(new byte[] { 0x42, 0x5A, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59 }, ArchiveKind.BZip2)]
    [Arguments(new byte[] { 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00 }, ArchiveKind.Xz)]
    public async Task Recognises_archive_magic(byte[] header, ArchiveKind expected)
    {
        await Assert.That(ArchiveSignature.Detect(header)).IsEqualTo(expected);
    }

    [Test]
    public async Task Recognises_tar_by_ustar_at_offset_257()
    {
        var header = new byte[512];
        "ustar"u8.CopyTo(header.AsSpan(257));

        await Assert.That(ArchiveSignature.Detect(header)).IsEqualTo(ArchiveKind.Tar);
    }

    [Test]
    [Arguments(new byte[] { 0x1F, 0x8B })]
    [Arguments(new byte[] { 0x42, 0x5A, 0x68, 0x41, 0x42 })]
    [Arguments(new byte[] { 0x4E, 0x45, 0x53, 0x1A, 0x10, 0x00 })]
    [Arguments(new byte[] { 0x50, 0x4B })]
    [Arguments(new byte[] { })]
    public async Task Does_not_mistake_roms_or_weak_magic_for_archives(byte[] header)
    {
        await Assert.That(ArchiveSignature.Detect(header)).IsNull();
    }

    [Test]
    public async Task Reads_the_header_from_a_file_even_when_it_is_shorter()
    {
        using var folder = new TempDirectory();
        var tiny = folder.Write("tiny.bin", "BZh");
        var zip = new ArchiveFiles(folder).Zip("a.zip", ("a", ArchiveListings.Data(4096, 1)));

        await Assert.That(ArchiveSignature.ReadHeader(tiny).Length).IsEqualTo(3);
        await Assert.That(ArchiveSignature.ReadHeader(zip).Length).IsEqualTo(ArchiveSignature.HeaderLength);
        await Assert.That(ArchiveSignature.Detect(ArchiveSignature.ReadHeader(tiny))).IsNull();
    }

    [Test]
    public async Task Recognises_a_tar_written_by_the_runtime()
    {
        using var folder = new TempDirectory();
        var tar = new ArchiveFiles(folder).Tar("a.bin", false, ("x.nes", [1, 2, 3]));

        await Assert.That(ArchiveSignature.Detect(ArchiveSignature.ReadHeader(tar))).IsEqualTo(ArchiveKind.Tar);
    }
}
