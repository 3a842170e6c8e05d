using System.Buffers.Binary;
using System.Text;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Metadata;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Metadata;

public sealed class MetadataTests
{
    [Test]
    public async Task Nes_headers_give_mapper_and_sizes()
    {
        var rom = new byte[16 + 32768 + 8192];
        "NES\u001a"u8.CopyTo(rom);
        rom[4] = 2;
        rom[5] = 1;
        rom[6] = 0x41;
        rom[7] = 0x00;

        var values = MetadataReader.Read("a.nes", rom, rom.Length, "ines", null);

        await Assert.That(values["nes.mapper"]).IsEqualTo("4");
        await Assert.That(values["nes.prg_rom_kib"]).IsEqualTo("32");
        await Assert.That(values["nes.chr_rom_kib"]).IsEqualTo("8");
        await Assert.That(values["nes.mirroring"]).IsEqualTo("vertical");
    }

    [Test]
    [Arguments(0)]
    [Arguments(512)]
    public async Task Snes_internal_headers_give_title_region_and_checksum(int copier)
    {
        var rom = new byte[copier + 0x80000];
        var header = copier + 0x7FC0;
        Encoding.ASCII.GetBytes("SUPER TEST GAME      ").CopyTo(rom, header);
        rom[header + 0x19] = 0x01;
        BinaryPrimitives.WriteUInt16LittleEndian(rom.AsSpan(header + 0x1C), 0x1234 ^ 0xFFFF);
        BinaryPrimitives.WriteUInt16LittleEndian(rom.AsSpan(header + 0x1E), 0x1234);

        var values = MetadataReader.Read("a.sfc", rom.AsSpan(0, Math.Min(rom.Length, HeadCapture.DefaultCapacity)), rom.Length, copier > 0 ? "snes-copier" : null, null);

        await Assert.That(values["snes.title"]).IsEqualTo("SUPER TEST GAME");
        await Assert.That(values["snes.region"]).IsEqualTo("USA");
        await Assert.That(values["snes.checksum"]).IsEqualTo("1234");
        await Assert.That(values["snes.layout"]).IsEqualTo("LoROM");
    }

    [Test]
    public async Task Game_boy_headers_give_title_cgb_flag_licensee_and_checksum()
    {
        var rom = GameBoyRom("POCKET TEST", cgb: 0x80);

        var values = MetadataReader.Read("a.gbc", rom, rom.Length, null, null);

        await Assert.That(values["gb.title"]).IsEqualTo("POCKET TEST");
        await Assert.That(values["gb.cgb"]).IsEqualTo("cgb-enhanced");
        await Assert.That(values["gb.licensee"]).IsEqualTo("01");
        await Assert.That(values["gb.header_checksum"]).IsEqualTo("valid");
    }

    [Test]
    public async Task Gba_headers_give_title_and_game_code()
    {
        var rom = new byte[0x200];
        rom[3] = 0xEA;
        Encoding.ASCII.GetBytes("ADVANCETEST").CopyTo(rom, 0xA0);
        Encoding.ASCII.GetBytes("AXYE01").CopyTo(rom, 0xAC);
        rom[0xB2] = 0x96;

        var values = MetadataReader.Read("a.gba", rom, rom.Length, null, null);

        await Assert.That(values["gba.title"]).IsEqualTo("ADVANCETEST");
        await Assert.That(values["gba.game_code"]).IsEqualTo("AXYE");
        await Assert.That(values["gba.maker"]).IsEqualTo("01");
    }

    [Test]
    [Arguments("z64")]
    [Arguments("v64")]
    [Arguments("n64")]
    public async Task N64_byte_order_is_detected_and_the_header_read_in_any_order(string order)
    {
        var native = new byte[0x1000];
        BinaryPrimitives.WriteUInt32BigEndian(native, 0x80371240);
        Encoding.ASCII.GetBytes("SUPER TEST 64       ").CopyTo(native, 0x20);
        Encoding.ASCII.GetBytes("NTEE").CopyTo(native, 0x3B);
        var rom = order switch
        {
            "v64" => native.Chunk(2).SelectMany(p => new[] { p[1], p[0] }).ToArray(),
            "n64" => native.Chunk(4).SelectMany(p => p.Reverse()).ToArray(),
            _ => native,
        };

        var values = MetadataReader.Read("a." + order, rom, rom.Length, null, null);

        await Assert.That(values["n64.byte_order"]).IsEqualTo(order);
        await Assert.That(values["n64.title"]).IsEqualTo("SUPER TEST 64");
        await Assert.That(values["n64.id"]).IsEqualTo("NTEE");
    }

    [Test]
    public async Task Mega_drive_headers_give_console_titles_and_region()
    {
        var rom = Enumerable.Repeat((byte)0x20, 0x400).ToArray();
        Encoding.ASCII.GetBytes("SEGA MEGA DRIVE ").CopyTo(rom, 0x100);
        Encoding.ASCII.GetBytes("TESUTO GEEMU").CopyTo(rom, 0x120);
        Encoding.ASCII.GetBytes("TEST   GAME").CopyTo(rom, 0x150);
        Encoding.ASCII.GetBytes("JUE").CopyTo(rom, 0x1F0);

        var values = MetadataReader.Read("a.md", rom, rom.Length, null, null);

        await Assert.That(values["md.console"]).IsEqualTo("SEGA MEGA DRIVE");
        await Assert.That(values["md.title"]).IsEqualTo("TEST GAME");
        await Assert.That(values["md.title_domestic"]).IsEqualTo("TESUTO GEEMU");
        await Assert.That(values["md.region"]).IsEqualTo("JUE");
    }

    [Test]
    public async Task Chd_v5_headers_give_version_size_hashes_and_tracks()
    {
        var chd = Chd(out var sha1);
        using var stream = new MemoryStream(chd);

        var values = MetadataReader.Read("disc.chd", chd, chd.Length, null, stream);

        await Assert.That(values["chd.version"]).IsEqualTo("5");
        await Assert.That(values["chd.logical_size"]).IsEqualTo("123456789");
        await Assert.That(values["chd.sha1"]).IsEqualTo(sha1);
        await Assert.That(values["chd.raw_sha1"]).IsEqualTo(new string('a', 40));
        await Assert.That(values["chd.tracks"]).IsEqualTo("2");
    }

    [Test]
    public async Task Cue_sheets_give_files_and_tracks()
    {
        var cue = Encoding.UTF8.GetBytes("FILE \"Game (Track 1).bin\" BINARY\r\n  TRACK 01 MODE2/2352\r\n    INDEX 01 00:00:00\r\nFILE \"Game (Track 2).bin\" BINARY\r\n  TRACK 02 AUDIO\r\n");

        var values = MetadataReader.Read("Game.cue", cue, cue.Length, null, null);

        await Assert.That(values["cue.tracks"]).IsEqualTo("2");
        await Assert.That(values["cue.files"]).IsEqualTo("Game (Track 1).bin|Game (Track 2).bin");
        await Assert.That(values["cue.modes"]).IsEqualTo("AUDIO,MODE2/2352");
    }

    [Test]
    public async Task A_scan_records_header_metadata_matches_chds_by_header_sha1_and_titles_by_header()
    {
        using var fixture = new ScanFixture();
        var chd = Chd(out var chdSha1);
        var dat = Path.Combine(fixture.Home, "dc.dat");
        File.WriteAllText(dat, $"""
            <?xml version="1.0"?>
            <datafile><header><name>Sega - Dreamcast</name><version>1</version></header>
            <game name="Disc Game (Japan)"><disk name="disc game" sha1="{chdSha1}"/></game>
            </datafile>
            """);
        var gbDat = Path.Combine(fixture.Home, "gb.dat");
        File.WriteAllText(gbDat, "clrmamepro ( name \"Nintendo - Game Boy\" )\ngame ( name \"Pocket Test (USA)\" rom ( name \"Pocket Test (USA).gb\" size 32768 crc 00000001 ) )\n");
        using (var connection = fixture.Open())
        {
            new DatImporter(connection).Import(dat, null, CancellationToken.None);
            new DatImporter(connection).Import(gbDat, null, CancellationToken.None);
        }

        fixture.Write("dc/disc.chd", chd);
        fixture.Write("gb/xq7.gb", GameBoyRom("POCKET TEST", cgb: 0));
        fixture.AddRoot();

        var summary = fixture.Scan();

        await Assert.That(summary.MatchedHash).IsEqualTo(1L);
        await Assert.That(fixture.Scalar<string>("SELECT metadata_value FROM rom_file_metadata WHERE metadata_key = 'gb.title'")).IsEqualTo("POCKET TEST");
        await Assert.That(fixture.Scalar<string>("""
            SELECT e.game_name FROM dat_atomic_link l JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
            JOIN rom_file r ON r.rom_id = l.rom_id WHERE r.filename = 'xq7.gb'
            """)).IsEqualTo("Pocket Test (USA)");
        await Assert.That(fixture.Scalar<long>("SELECT count(*) FROM release_artifact a JOIN rom_file r ON r.rom_id = a.rom_id WHERE r.filename = 'xq7.gb'")).IsEqualTo(1L);
    }

    internal static byte[] GameBoyRom(string title, byte cgb)
    {
        var rom = new byte[0x8000];
        new byte[] { 0xCE, 0xED, 0x66, 0x66 }.CopyTo(rom, 0x104);
        Encoding.ASCII.GetBytes(title).CopyTo(rom, 0x134);
        rom[0x143] = cgb;
        rom[0x14B] = 0x01;
        byte sum = 0;
        for (var i = 0x134; i <= 0x14C; i++)
        {
            sum = (byte)(sum - rom[i] - 1);
        }

        rom[0x14D] = sum;
        return rom;
    }

    private static byte[] Chd(out string sha1)
    {
        var chd = new byte[4096];
        "MComprHD"u8.CopyTo(chd);
        BinaryPrimitives.WriteUInt32BigEndian(chd.AsSpan(8), 124);
        BinaryPrimitives.WriteUInt32BigEndian(chd.AsSpan(12), 5);
        BinaryPrimitives.WriteUInt64BigEndian(chd.AsSpan(32), 123456789);
        BinaryPrimitives.WriteUInt64BigEndian(chd.AsSpan(48), 1000);
        BinaryPrimitives.WriteUInt32BigEndian(chd.AsSpan(56), 19584);
        Convert.FromHexString(new string('a', 40)).CopyTo(chd, 64);
        sha1 = "0123456789abcdef0123456789abcdef01234567";
        Convert.FromHexString(sha1).CopyTo(chd, 84);
        WriteMeta(chd, 1000, "CHT2", 2000);
        WriteMeta(chd, 2000, "CHT2", 3000);
        WriteMeta(chd, 3000, "AVAV", 0);
        return chd;
    }

    private static void WriteMeta(byte[] chd, int offset, string tag, ulong next)
    {
        Encoding.ASCII.GetBytes(tag).CopyTo(chd, offset);
        BinaryPrimitives.WriteUInt64BigEndian(chd.AsSpan(offset + 8), next);
    }
}
