using System.Buffers.Binary;
using System.Text.RegularExpressions;
using RomCurator.Core.Archives;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Support.ArchiveListings;

namespace RomCurator.Tests.Core.Archives;

/// <summary>
/// Deflated zip members are inflated by native zlib, and a damaged one ends exactly as it does with SharpCompress's
/// own inflate (the reference): same problems, same messages, same members recorded.
/// </summary>
public sealed partial class NativeInflateTests
{
    private static readonly byte[] Rom = Compressible(300_000, 3);
    private static readonly byte[] Other = Compressible(120_000, 4);

    [Test]
    public async Task Deflated_zip_members_are_read_natively_and_hash_like_their_bytes()
    {
        using var folder = new TempDirectory();
        var zip = new ArchiveFiles(folder).Zip("a.zip", ("Game (USA).sfc", Rom), ("Other.sfc", Other));

        using (var stream = File.OpenRead(zip))
        using (var opened = ArchiveOpener.Open(stream, PasswordDictionary.Empty, new BombGuard(Limits(folder)), CancellationToken.None, out _))
        {
            var entries = opened!.Entries().ToList();
            await Assert.That(entries.Count).IsEqualTo(2);
            foreach (var entry in entries)
            {
                await Assert.That(entry.OpenReference).IsNotNull();
                await Assert.That(entry.DeclaredCrc).IsNotNull();
            }
        }

        var listing = Enumerate(folder, zip);

        await Assert.That(listing.Problems).IsEmpty();
        await AssertMember(listing, "Game (USA).sfc", Rom);
        await AssertMember(listing, "Other.sfc", Other);
    }

    [Test]
    public async Task The_provider_hands_out_zlib_while_native_and_SharpCompress_inflate_otherwise()
    {
        var provider = new NativeInflateProvider();
        using (var native = provider.CreateDecompressStream(new MemoryStream([3, 0])))
        {
            await Assert.That(native).IsTypeOf<System.IO.Compression.DeflateStream>();
        }

        provider.UseNative = false;
        using var reference = provider.CreateDecompressStream(new MemoryStream([3, 0]));
        await Assert.That(reference).IsTypeOf<SharpCompress.Compressors.Deflate.DeflateStream>();
    }

    [Test]
    [Arguments(0)]
    [Arguments(1)]
    [Arguments(3)]
    [Arguments(40)]
    [Arguments(700)]
    [Arguments(5_000)]
    [Arguments(20_000)]
    [Arguments(-40)]
    [Arguments(-3)]
    public async Task A_damaged_deflated_member_ends_as_with_the_reference_inflate(int offsetInData)
    {
        using var folder = new TempDirectory();
        var zip = new ArchiveFiles(folder).Zip("a.zip", ("Game (USA).sfc", Rom), ("Other.sfc", Other));
        Damage(zip, bytes =>
        {
            // Inside the first member's compressed bytes (a negative offset counts from their end).
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(26));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(28));
            var compressedSize = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(18));
            var dataStart = 30 + nameLength + extraLength;
            bytes[dataStart + (offsetInData >= 0 ? offsetInData : compressedSize + offsetInData)] ^= 0x5A;
            return bytes;
        });

        var native = Enumerate(folder, zip);
        var reference = Enumerate(folder, zip, Limits(folder) with { NativeInflate = false });

        await Assert.That(reference.Problems).IsNotEmpty();
        await Assert.That(Describe(native)).IsEqualTo(Describe(reference));
    }

    /// <summary>
    /// Problems and members as text. SharpCompress's inflate does not check a distance against the data inflated so
    /// far, so what a damaged member's garbage hashes to (the CRC32 "read" in a mismatch message) differs from run to
    /// run, with the reference too: that one figure is masked.
    /// </summary>
    private static string Describe(ArchiveListing listing) => string.Join("\n",
        listing.Problems.Select(p => $"problem {p.Kind} '{p.Path}': {ReadCrc().Replace(p.Message, "read ********")}")
            .Concat(listing.Members.Select(m => $"member '{m.FullPath}' {m.UncompressedSize} {m.Hashes.Sha1.ToHex()}")));

    /// <summary>Bytes that deflate well but not trivially (dynamic Huffman blocks, long and short matches).</summary>
    private static byte[] Compressible(int size, int seed)
    {
        var random = new Random(seed);
        var data = new byte[size];
        for (var i = 0; i < size;)
        {
            var run = random.Next(1, 200);
            var value = (byte)random.Next(0, 24);
            var copyFrom = random.Next(0, 4) == 0 && i > 1000 ? i - random.Next(1, 1000) : -1;
            for (var k = 0; k < run && i < size; k++, i++)
            {
                data[i] = copyFrom >= 0 ? data[copyFrom + k] : (byte)(value + random.Next(0, 3));
            }
        }

        return data;
    }

    [GeneratedRegex("read [0-9a-f]{8}")]
    private static partial Regex ReadCrc();
}
