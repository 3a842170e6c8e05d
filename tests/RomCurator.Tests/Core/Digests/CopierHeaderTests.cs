using System.Security.Cryptography;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Configuration;
using RomCurator.Core.Digests;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Digests;

public sealed class CopierHeaderTests
{
    [Test]
    [Arguments("ines", 16)]
    [Arguments("nes2.0", 16)]
    [Arguments("fwnes", 16)]
    [Arguments("lynx", 64)]
    [Arguments("a7800", 128)]
    [Arguments("snes-copier", 512)]
    public async Task Headers_are_recognised_and_the_data_after_them_is_hashed_too(string kind, int length)
    {
        var (header, data) = Dump(kind);
        var file = header.Concat(data).ToArray();

        var detected = CopierHeader.Detect(file.AsSpan(0, Math.Min(512, file.Length)), file.Length);
        var hashes = ContentHasher.Hash(new MemoryStream(file), new HashOptions(65_536, long.MaxValue), file.Length);

        await Assert.That(detected).IsEqualTo((kind, length));
        await Assert.That(hashes.HeaderKind).IsEqualTo(kind);
        await Assert.That(hashes.Sha1.ToHex()).IsEqualTo(Convert.ToHexStringLower(SHA1.HashData(file)));
        await Assert.That(hashes.Headerless!.Sha1.ToHex()).IsEqualTo(Convert.ToHexStringLower(SHA1.HashData(data)));
        await Assert.That(hashes.Headerless.Md5!.Value.ToHex()).IsEqualTo(Convert.ToHexStringLower(MD5.HashData(data)));
        await Assert.That(hashes.Headerless.Size).IsEqualTo((long)data.Length);
    }

    [Test]
    public async Task Plain_roms_have_no_header()
    {
        var rom = Fixtures.Bytes(1024 * 1024, 5);

        var hashes = ContentHasher.Hash(new MemoryStream(rom), new ScanSettings().HashOptions(), rom.Length);

        await Assert.That(hashes.HeaderKind).IsNull();
        await Assert.That(hashes.Headerless).IsNull();
        await Assert.That(CopierHeader.Detect(new byte[512], 1024 * 1024 + 512)).IsEqualTo(("snes-copier", 512));
        await Assert.That(CopierHeader.Detect(Fixtures.Bytes(512, 6), 1024 * 1024 + 512)).IsNull();
    }

    [Test]
    public async Task A_headered_dump_matches_a_headerless_dat_entry_and_a_headerless_dump_matches_directly()
    {
        using var fixture = new ScanFixture();
        var (header, data) = Dump("ines");
        var other = Fixtures.Bytes(40_960, 8);
        var dat = Path.Combine(fixture.Home, "nes.dat");
        File.WriteAllText(dat, $"""
            clrmamepro ( name "Nintendo - Nintendo Entertainment System" version "1" )
            game ( name "Headered Game (USA)" rom ( name "Headered Game (USA).unh" size {data.Length} sha1 {Sha1(data)} ) )
            game ( name "Plain Game (USA)" rom ( name "Plain Game (USA).unh" size {other.Length} sha1 {Sha1(other)} ) )
            """);
        using (var connection = fixture.Open())
        {
            new DatImporter(connection).Import(dat, null, CancellationToken.None);
        }

        fixture.Write("a.nes", header.Concat(data).ToArray());
        fixture.Write("b.nes", other);
        fixture.AddRoot();

        var summary = fixture.Scan();

        await Assert.That(summary.MatchedHash).IsEqualTo(2L);
        await Assert.That(fixture.Scalar<string>("SELECT header_type || ' ' || headerless_sha1 FROM rom_file WHERE filename = 'a.nes'"))
            .IsEqualTo("ines " + Sha1(data));
    }

    private static (byte[] Header, byte[] Data) Dump(string kind)
    {
        var data = Fixtures.Bytes(kind == "snes-copier" ? 1024 * 1024 : 40_960, kind.Length);
        var header = kind switch
        {
            "ines" => "NES\u001a"u8.ToArray().Concat(new byte[] { 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }).ToArray(),
            "nes2.0" => "NES\u001a"u8.ToArray().Concat(new byte[] { 2, 1, 0, 0x08, 0, 0, 0, 0, 0, 0, 0, 0 }).ToArray(),
            "fwnes" => "FDS\u001a"u8.ToArray().Concat(new byte[12]).ToArray(),
            "lynx" => "LYNX\0"u8.ToArray().Concat(new byte[59]).ToArray(),
            "a7800" => new byte[] { 1 }.Concat("ATARI7800"u8.ToArray()).Concat(new byte[118]).ToArray(),
            _ => new byte[512],
        };
        return (header, data);
    }

    private static string Sha1(byte[] data) => Convert.ToHexStringLower(SHA1.HashData(data));
}
