using System.Buffers.Binary;
using RomCurator.Core.Archives;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Support.ArchiveListings;

namespace RomCurator.Tests.Core.Archives;

/// <summary>
/// Deflated zip members are inflated by native zlib; a damaged one is one problem with the same outcome on every
/// read (zlib stops at its first invalid code), and the zip's other members are recorded.
/// </summary>
public sealed class NativeInflateTests
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
                await Assert.That(entry.InflatedByZlib).IsTrue();
                await Assert.That(entry.DeclaredCrc).IsNotNull();
            }
        }

        var listing = Enumerate(folder, zip);

        await Assert.That(listing.Problems).IsEmpty();
        await AssertMember(listing, "Game (USA).sfc", Rom);
        await AssertMember(listing, "Other.sfc", Other);
    }

    [Test]
    public async Task The_provider_hands_out_zlib()
    {
        using var native = new NativeInflateProvider().CreateDecompressStream(new MemoryStream([3, 0]));
        await Assert.That(native).IsTypeOf<System.IO.Compression.DeflateStream>();
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
    public async Task A_damaged_deflated_member_is_one_problem_with_one_outcome_and_its_sibling_is_recorded(int offsetInData)
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

        var first = Enumerate(folder, zip);
        var second = Enumerate(folder, zip);

        var problem = first.Problems.Single();
        await Assert.That(problem.Kind).IsEqualTo(ArchiveProblemKind.Corrupt);
        await Assert.That(problem.Path).IsEqualTo("Game (USA).sfc");
        // A member that inflates past its declared size ends the archive (the rest may be a bomb); any other damage
        // leaves its sibling readable.
        string[] recorded = problem.Message.Contains("expands past", StringComparison.Ordinal) ? [] : ["Other.sfc"];
        await Assert.That(first.Members.Select(m => m.FullPath)).IsEquivalentTo(recorded).Because(problem.Message);
        if (recorded.Length > 0)
        {
            await AssertMember(first, "Other.sfc", Other);
        }

        await Assert.That(Describe(second)).IsEqualTo(Describe(first));
    }

    [Test]
    public async Task Intact_members_hash_the_same_with_zlib_and_with_SharpCompress_inflate()
    {
        using var folder = new TempDirectory();
        var zip = new ArchiveFiles(folder).Zip("a.zip", ("Game (USA).sfc", Rom), ("Other.sfc", Other));

        var native = Enumerate(folder, zip);
        var managed = Enumerate(folder, zip, Limits(folder) with { NativeInflate = false });

        await Assert.That(native.Members.Count).IsEqualTo(2);
        await Assert.That(Describe(native)).IsEqualTo(Describe(managed));
    }

    /// <summary>Problems and members as text.</summary>
    private static string Describe(ArchiveListing listing) => string.Join("\n",
        listing.Problems.Select(p => $"problem {p.Kind} '{p.Path}': {p.Message}")
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
}
