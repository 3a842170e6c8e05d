using System.Text;
using RomCurator.Core.Dats.Parsing;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Dats;

public sealed class DatReaderTests
{
    [Test]
    [Arguments("headered_clrmamepro_Atari - Lynx.dat", DatFormat.ClrMamePro, "Atari - Lynx", 85, 85)]
    [Arguments("mame2000_logiqx.xml.dat", DatFormat.Logiqx, "MAME", 2241, 34222)]
    [Arguments("no-intro_clrmamepro_Nintendo - Game Boy.dat", DatFormat.ClrMamePro, "Nintendo - Game Boy", 2254, 2254)]
    [Arguments("no-intro_clrmamepro_Nintendo - Nintendo Entertainment System.dat", DatFormat.ClrMamePro, "Nintendo - Nintendo Entertainment System", 14132, 14132)]
    [Arguments("no-intro_logiqx_Nintendo - Super Nintendo Entertainment System (Parent-Clone) (20240317-134803).dat", DatFormat.Logiqx, "Nintendo - Super Nintendo Entertainment System (Parent-Clone)", 4110, 4111)]
    [Arguments("redump_clrmamepro_Sega - Dreamcast.dat", DatFormat.ClrMamePro, "Sega - Dreamcast", 1918, 1918)]
    [Arguments("tosec_clrmamepro_Nintendo - Game Boy Advance.dat", DatFormat.ClrMamePro, "Nintendo - Game Boy Advance", 295, 295)]
    public async Task Real_dats_parse_to_the_number_of_games_and_roms_they_list(string file, DatFormat format, string header, int games, int roms)
    {
        var path = Path.Combine(RepositoryPaths.Shared, "dats", file);
        var text = File.ReadAllText(path);
        var grepGames = format == DatFormat.Logiqx ? Count(text, "<game ") + Count(text, "<machine ") : Count(text, "\ngame (");
        var grepRoms = format == DatFormat.Logiqx ? Count(text, "<rom ") : Count(text, "rom ( ");

        using var reader = DatFileOpener.Open(path);
        var parsed = reader.Games(CancellationToken.None).ToList();

        await Assert.That(reader.Format).IsEqualTo(format);
        await Assert.That(reader.Header.Name).IsEqualTo(header);
        await Assert.That(parsed.Count).IsEqualTo(games);
        await Assert.That(parsed.Count).IsEqualTo(grepGames);
        await Assert.That(parsed.Sum(g => g.Roms.Count(r => !r.IsDisk))).IsEqualTo(roms);
        await Assert.That(parsed.Sum(g => g.Roms.Count(r => !r.IsDisk))).IsEqualTo(grepRoms);
    }

    [Test]
    public async Task Clrmamepro_fields_names_with_parentheses_and_64_bit_sizes_are_read()
    {
        using var reader = DatFileOpener.Open(Path.Combine(RepositoryPaths.Shared, "dats", "redump_clrmamepro_Sega - Dreamcast.dat"));
        var games = reader.Games(CancellationToken.None).ToList();

        await Assert.That(games.Count).IsGreaterThan(100);
        await Assert.That(games.All(g => g.Roms.Count > 0 && g.Roms.All(r => r.Sha1 is { Length: 40 } && r.Crc32 is { Length: 8 }))).IsTrue();
        await Assert.That(games.Max(g => g.Roms.Max(r => r.Size ?? 0))).IsGreaterThan((long)int.MaxValue / 4);
        await Assert.That(games.Any(g => g.Name.Contains('(') && g.Name.Contains(')'))).IsTrue();
    }

    [Test]
    public async Task Logiqx_parent_clone_and_mame_attributes_are_read()
    {
        using var snes = DatFileOpener.Open(Path.Combine(RepositoryPaths.Shared, "dats", "no-intro_logiqx_Nintendo - Super Nintendo Entertainment System (Parent-Clone) (20240317-134803).dat"));
        var snesGames = snes.Games(CancellationToken.None).ToList();
        using var mame = DatFileOpener.Open(Path.Combine(RepositoryPaths.Shared, "dats", "mame2000_logiqx.xml.dat"));
        var mameGames = mame.Games(CancellationToken.None).ToList();

        await Assert.That(snesGames.Count(g => g.CloneOf is not null)).IsEqualTo(2151);
        await Assert.That(snesGames.All(g => g.Description is not null)).IsTrue();
        await Assert.That(mameGames.Any(g => g.RomOf is not null)).IsTrue();
        await Assert.That(mameGames.SelectMany(g => g.Roms).Any(r => r.Sha1 is null && r.Crc32 is not null)).IsTrue();
        await Assert.That(mame.Header.Version).IsNotNull();
    }

    [Test]
    public async Task A_dat_inside_a_zip_is_read()
    {
        using var folder = new TempDirectory();
        var dat = File.ReadAllBytes(Path.Combine(RepositoryPaths.Shared, "dats", "tosec_clrmamepro_Nintendo - Game Boy Advance.dat"));
        var zip = new ArchiveFiles(folder).Zip("gba.zip", ("readme.txt", "hi"u8.ToArray()), ("GBA.dat", dat));

        using var reader = DatFileOpener.Open(zip);

        await Assert.That(reader.Games(CancellationToken.None).Count()).IsEqualTo(295);
    }

    [Test]
    public async Task Format_is_detected_by_content_not_extension()
    {
        using var folder = new TempDirectory();
        var xmlNamedDat = folder.Write("a.txt", "\uFEFF<?xml version=\"1.0\"?><datafile><header><name>X</name></header><game name=\"G\"><rom name=\"g.bin\" size=\"4\" crc=\"DEADBEEF\"/></game></datafile>");
        var cmpNamedXml = folder.Write("b.xml", "clrmamepro (\n name \"Y\"\n)\ngame (\n name \"G (USA)\"\n rom ( name \"g.bin\" size 4 crc deadbeef )\n)\n");
        var neither = folder.Write("c.dat", "just some text");

        using var xml = DatFileOpener.Open(xmlNamedDat);
        using var cmp = DatFileOpener.Open(cmpNamedXml);

        await Assert.That(xml.Format).IsEqualTo(DatFormat.Logiqx);
        await Assert.That(xml.Games(CancellationToken.None).Single().Roms.Single().Crc32).IsEqualTo("deadbeef");
        await Assert.That(cmp.Format).IsEqualTo(DatFormat.ClrMamePro);
        await Assert.That(cmp.Games(CancellationToken.None).Single().Name).IsEqualTo("G (USA)");
        await Assert.That(() => DatFileOpener.Open(neither)).Throws<DatParseException>().WithMessageContaining("not a DAT");
    }

    [Test]
    public async Task A_doctype_is_ignored_and_never_fetched()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("dtd.dat", """
            <?xml version="1.0"?>
            <!DOCTYPE datafile PUBLIC "-//Logiqx//DTD ROM Management Datafile//EN" "http://127.0.0.1:9/datafile.dtd">
            <datafile><header><name>D</name><version>1</version></header>
            <game name="A"><description>A</description><rom name="a.bin" size="1" crc="00000001" sha1="0000000000000000000000000000000000000001"/></game>
            </datafile>
            """);

        using var reader = DatFileOpener.Open(path);

        await Assert.That(reader.Games(CancellationToken.None).Single().Roms.Single().Sha1).IsEqualTo("0000000000000000000000000000000000000001");
    }

    [Test]
    [Arguments("billion laughs", """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><datafile><header><name>&lol3;</name></header></datafile>""")]
    [Arguments("external entity", """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><datafile><header><name>x</name></header><game name="&xxe;"><rom name="a" size="1" crc="00000000"/></game></datafile>""")]
    public async Task Hostile_xml_is_refused_without_expanding_anything(string label, string xml)
    {
        using var folder = new TempDirectory();
        var path = folder.Write("hostile.dat", xml);

        var error = Assert.Throws<DatParseException>(() =>
        {
            using var reader = DatFileOpener.Open(path);
            reader.Games(CancellationToken.None).ToList();
        });

        await Assert.That(error.Message).Contains("entities").Because(label);
        await Assert.That(error.Message).Contains("hostile.dat");
    }

    [Test]
    [Arguments("clrmamepro (\n name \"x\"\n)\ngame (\n name \"unterminated\n")]
    [Arguments("clrmamepro (\n name \"x\"\n)\ngame (\n name \"a\"\n rom ( name \"r\" size 1 \n")]
    [Arguments("<datafile><header><name>x</name></header><game name=\"a\"><rom name=\"r\"")]
    public async Task Truncated_dats_fail_with_the_file_and_line(string content)
    {
        using var folder = new TempDirectory();
        var path = folder.Write("cut.dat", content);

        var error = Assert.Throws<DatParseException>(() =>
        {
            using var reader = DatFileOpener.Open(path);
            reader.Games(CancellationToken.None).ToList();
        });

        await Assert.That(error.Message).StartsWith("cut.dat: ");
        await Assert.That(error.Message).Contains("line");
    }

    private static int Count(string text, string needle)
    {
        var count = 0;
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
