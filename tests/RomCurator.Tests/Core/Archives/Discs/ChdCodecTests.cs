using System.Security.Cryptography;
using RomCurator.Core.Archives;
using RomCurator.Core.Archives.Discs.Chd;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Support.ArchiveListings;

namespace RomCurator.Tests.Core.Archives.Discs;

/// <summary>
/// Every codec chdman writes decodes to the original data with the SHA-1 the header records (chdman createraw),
/// and the Zstandard codecs chdman 0.251 cannot write decode from CHDs written by <see cref="ChdWriter"/>.
/// </summary>
public sealed class ChdCodecTests
{
    [Test]
    [Arguments("lzma,zlib,huff,flac")]
    [Arguments("lzma")]
    [Arguments("zlib")]
    [Arguments("huff")]
    [Arguments("flac")]
    [Arguments("none")]
    public async Task Raw_chds_decode_to_their_data(string codecs)
    {
        DiscSets.SkipWithoutChdman();

        using var folder = new TempDirectory();
        var data = Mixed();
        File.WriteAllBytes(folder.File("data.img"), data);
        var chd = folder.File("data.chd");
        DiscSets.Chdman("createraw", "-i", folder.File("data.img"), "-o", chd, "-hs", "4096", "-us", "2048", "-c", codecs);

        using var file = File.OpenRead(chd);
        var decoded = ReadAll(file);

        await Assert.That(decoded.Length).IsEqualTo(data.Length);
        await Assert.That(Convert.ToHexStringLower(SHA1.HashData(decoded))).IsEqualTo(Sha1(data));
    }

    [Test]
    public async Task A_zstd_dvd_chd_lists_its_iso()
    {
        using var folder = new TempDirectory();
        var iso = DiscImageWriters.Iso(2048 * 40 + 2048, 5);
        var writer = new ChdWriter { Codec = "zstd", HunkBytes = 4096, UnitBytes = 2048 };
        writer.Metadata.Add(("DVD ", ""));
        var path = folder.File("Game (Japan).chd");
        File.WriteAllBytes(path, writer.Write(iso));

        var listing = Enumerate(folder, path);

        await Assert.That(listing.Problems).IsEmpty();
        await Assert.That(listing.Members.Count).IsEqualTo(1);
        await AssertMember(listing, "Game (Japan).iso", iso);
    }

    [Test]
    public async Task A_cdzs_cd_chd_lists_its_tracks()
    {
        using var folder = new TempDirectory();
        var data = DiscSets.Mode1Track(0, 10, 1);
        var audio = DiscSets.AudioTrack(7, 2);
        var writer = new ChdWriter { Codec = "cdzs", HunkBytes = 2448 * 8, UnitBytes = 2448 };
        writer.Metadata.Add(("CHT2", "TRACK:1 TYPE:MODE1_RAW SUBTYPE:NONE FRAMES:10 PREGAP:0 PGTYPE:MODE1 PGSUB:NONE POSTGAP:0"));
        writer.Metadata.Add(("CHT2", "TRACK:2 TYPE:AUDIO SUBTYPE:NONE FRAMES:7 PREGAP:0 PGTYPE:AUDIO PGSUB:NONE POSTGAP:0"));
        var path = folder.File("Z.chd");
        File.WriteAllBytes(path, writer.Write(ChdWriter.CdData((data, 2352, false), (audio, 2352, true))));

        var listing = Enumerate(folder, path);

        await Assert.That(listing.Problems).IsEmpty();
        await AssertMember(listing, "Z (Track 1).bin", data);
        await AssertMember(listing, "Z (Track 2).bin", audio);
        await Assert.That(listing.Members.Select(m => m.PathInArchive)).Contains("Z.cue");
    }

    /// <summary>Hunks of text, of few distinct bytes, of audio, of noise, and repeats of earlier hunks (self references).</summary>
    private static byte[] Mixed()
    {
        var random = new Random(11);
        var data = new byte[4096 * 48 + 700];
        for (var hunk = 0; hunk * 4096 < data.Length; hunk++)
        {
            var part = data.AsSpan(hunk * 4096, Math.Min(4096, data.Length - hunk * 4096));
            if (hunk >= 40)
            {
                data.AsSpan((hunk - 40) * 4096, part.Length).CopyTo(part);
                continue;
            }

            for (var i = 0; i < part.Length; i++)
            {
                part[i] = (hunk % 4) switch
                {
                    0 => (byte)"abcdefgh "[random.Next(9)],
                    1 => (byte)(random.Next(12) * 3),
                    2 => (byte)(i % 2 == 0 ? (short)(7000 * Math.Sin((hunk * 4096 + i) * 0.01)) : (short)(7000 * Math.Sin((hunk * 4096 + i) * 0.01)) >> 8),
                    _ => (byte)random.Next(256),
                };
            }
        }

        return data;
    }

    private static byte[] ReadAll(Stream file)
    {
        var image = ChdImage.Open(file);
        // Three workers sharing the file: hunks come back in order whatever worker decoded them.
        using var one = new ChdHunkReader(file, image.Header, image.Map);
        using var two = new ChdHunkReader(file, image.Header, image.Map);
        using var three = new ChdHunkReader(file, image.Header, image.Map);
        using var cursor = new ChdDataCursor([one, two, three], image.Header, image.Metadata, CancellationToken.None);
        var output = new MemoryStream();
        new ChdLogicalStream(cursor, image.Header.LogicalBytes).CopyTo(output);
        cursor.Finish();
        return output.ToArray();
    }
}
