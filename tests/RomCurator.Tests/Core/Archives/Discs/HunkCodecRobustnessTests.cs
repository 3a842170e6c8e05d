using RomCurator.Core.Archives.Discs.Codecs;

namespace RomCurator.Tests.Core.Archives.Discs;

/// <summary>
/// Every codec given garbage (random bytes, and real compressed hunks with bytes changed) either decodes or throws
/// one of the exceptions the hunk reader turns into a "corrupt" problem — never anything else, never a hang.
/// </summary>
public sealed class HunkCodecRobustnessTests
{
    [Test]
    [Arguments("zlib")]
    [Arguments("lzma")]
    [Arguments("huff")]
    [Arguments("flac")]
    [Arguments("zstd")]
    [Arguments("cdzl")]
    [Arguments("cdlz")]
    [Arguments("cdzs")]
    [Arguments("cdfl")]
    public async Task Garbage_never_escapes_as_anything_but_damage(string tag)
    {
        const int hunkBytes = 2448 * 8;
        var codec = ChdCodecs.Create(tag, hunkBytes)!;
        var destination = new byte[hunkBytes];
        var random = new Random(tag.GetHashCode(StringComparison.Ordinal) & 0xFFFF);
        var unexpected = new List<string>();
        var tried = 0;
        for (var i = 0; i < 300; i++)
        {
            var input = new byte[random.Next(0, 3000)];
            random.NextBytes(input);
            if (input.Length > 0 && i % 3 == 0)
            {
                input[0] = (byte)"LB"[i % 2]; // the flac codec's byte-order marker, to get past the first check
            }

            if (input.Length > 8 && i % 4 == 0)
            {
                input[0] = 0; // an LZMA stream starts with a zero byte
            }

            tried++;
            try
            {
                codec.Decompress(input, destination);
            }
            catch (Exception error) when (error is InvalidDataException or IndexOutOfRangeException or ArgumentException)
            {
            }
            catch (Exception error)
            {
                unexpected.Add($"{error.GetType().Name}: {error.Message}");
            }
        }

        await Assert.That(tried).IsEqualTo(300);
        await Assert.That(unexpected).IsEmpty();
    }
}
