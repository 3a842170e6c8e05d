using RomCurator.Core.Archives.Discs.Chd;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Archives.Discs;

/// <summary>
/// Decoding a CHD hunk after hunk allocates nothing per hunk: a DVD has 65,536 hunks of 4 KiB per 256 MiB, and a
/// codec that allocated its tables per hunk (the "huff" decoder's 128 KiB lookup did) put them on the large-object
/// heap, so a scan's memory swung by tens of MB and peaked above 300 MB on a 256 MiB DVD image.
/// </summary>
public sealed class ChdDecodeAllocationTests
{
    [Test]
    [Arguments("huff")]
    [Arguments("lzma")]
    public async Task Hunks_decode_without_allocating_per_hunk(string codecs)
    {
        DiscSets.SkipWithoutChdman();

        using var folder = new TempDirectory();
        const int hunks = 64;
        var random = new Random(7);
        var data = new byte[4096 * hunks];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = (byte)"abcdefgh "[random.Next(9)];
        }

        File.WriteAllBytes(folder.File("data.img"), data);
        var chd = folder.File("data.chd");
        DiscSets.Chdman("createraw", "-i", folder.File("data.img"), "-o", chd, "-hs", "4096", "-us", "2048", "-c", codecs);

        using var file = File.OpenRead(chd);
        var image = ChdImage.Open(file);
        using var reader = new ChdHunkReader(file, image.Header, image.Map);
        var hunk = new byte[image.Header.HunkBytes];
        var decoded = new MemoryStream();
        // The first hunk of each codec may allocate its tables once.
        reader.Read(0, hunk);
        decoded.Write(hunk);
        var rest = new byte[image.Header.HunkBytes * (hunks - 1)];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var index = 1; index < hunks; index++)
        {
            reader.Read(index, rest.AsSpan((index - 1) * hunk.Length, hunk.Length));
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        decoded.Write(rest);

        await Assert.That(image.Map.Count(e => e.Kind < ChdMapEntry.Stored)).IsGreaterThan(hunks / 2);
        await Assert.That(decoded.ToArray().AsSpan().SequenceEqual(data)).IsTrue();
        // 63 hunks: a few bytes each are allowed (a codec's own first use), not a table per hunk.
        await Assert.That(allocated).IsLessThan(32 * 1024);
    }
}
