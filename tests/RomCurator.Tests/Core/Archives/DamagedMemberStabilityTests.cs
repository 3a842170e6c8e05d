using System.IO.Hashing;
using System.Security.Cryptography;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Archives;

/// <summary>
/// A zip member whose data is damaged (invalid deflate data, a CRC32 in its headers that its content does not have,
/// data cut short, stored or deflated) is one recorded problem with the same outcome on every scan: scanning the same
/// files into fresh databases gives the same rows and the same problems, no digest is ever recorded from garbage, and
/// the member's undamaged siblings are recorded.
/// </summary>
public sealed class DamagedMemberStabilityTests
{
    private static readonly byte[] Rom = ArchiveListings.Data(60_000, 21);
    private static readonly byte[] Sibling = ArchiveListings.Data(20_000, 22);

    /// <summary>What an inflater that carries out the far copy from a zeroed window produces.</summary>
    private static readonly byte[] FarFromZeros = [.. new byte[258], .. Enumerable.Repeat((byte)'x', FarDistanceDeflate.InflatedLength - 258)];

    [Test]
    public async Task The_same_damaged_zips_scan_to_the_same_rows_and_problems_every_time()
    {
        var runs = new List<string>();
        for (var run = 0; run < 3; run++)
        {
            using var fixture = new ScanFixture();
            WriteDamagedZips(fixture);
            fixture.AddRoot();
            var summary = fixture.Scan();
            runs.Add(Dump(fixture, summary));
        }

        await Assert.That(runs[0]).Contains("problem");
        await Assert.That(runs[1]).IsEqualTo(runs[0]);
        await Assert.That(runs[2]).IsEqualTo(runs[0]);
    }

    [Test]
    public async Task Each_damaged_member_is_one_problem_no_garbage_digest_is_recorded_and_its_siblings_are()
    {
        using var fixture = new ScanFixture();
        var damaged = WriteDamagedZips(fixture);
        fixture.AddRoot();
        var summary = fixture.Scan();

        var members = fixture.Column(
            "SELECT fi.relative_path || '#' || am.path_in_archive || ' ' || c.sha1 FROM archive_member am "
            + "JOIN file_instance fi ON fi.rom_id = am.parent_rom_id JOIN rom_file c ON c.rom_id = am.child_rom_id ORDER BY 1");
        await Assert.That(members).IsNotEmpty();
        string[] truth = [Sha1(Rom), Sha1(Sibling)];
        foreach (var member in members)
        {
            await Assert.That(truth).Contains(member.Split(' ')[1]).Because($"{member} is recorded with a digest of bytes no archive holds");
        }

        foreach (var zip in damaged)
        {
            await Assert.That(summary.Problems.Count(p => p.Path == zip + "#rom.bin")).IsEqualTo(1).Because($"{zip}'s damaged member");
            await Assert.That(members.Any(m => m.StartsWith(zip + "#rom.bin ", StringComparison.Ordinal))).IsFalse();
            await Assert.That(members).Contains($"{zip}#sibling.bin {Sha1(Sibling)}");
        }

        await Assert.That(summary.Problems.Where(p => p.Message.Contains("read ", StringComparison.Ordinal))).IsEmpty()
            .Because("a CRC32 of damaged output is no fact about the file");
    }

    /// <summary>Writes the damaged zips (each a damaged rom.bin then an intact sibling.bin); returns their names.</summary>
    private static List<string> WriteDamagedZips(ScanFixture fixture)
    {
        var far = FarDistanceDeflate.Build();
        var zips = new Dictionary<string, RawZip.Member>
        {
            // Invalid deflate data whose output, from a zeroed window, has the CRC32 the headers declare.
            ["far-zero-crc.zip"] = new("rom.bin", RawZip.Deflated, far, FarDistanceDeflate.InflatedLength, Crc32.HashToUInt32(FarFromZeros)),
            // The same data with no CRC32 (0) in the headers, and with a wrong one.
            ["far-no-crc.zip"] = new("rom.bin", RawZip.Deflated, far, FarDistanceDeflate.InflatedLength, 0),
            ["far-wrong-crc.zip"] = new("rom.bin", RawZip.Deflated, far, FarDistanceDeflate.InflatedLength, 0x12345678),
            ["wrong-crc.zip"] = RawZip.Honest("rom.bin", Rom) with { DeclaredCrc = Crc32.HashToUInt32(Rom) ^ 0x00010000 },
            ["zero-crc.zip"] = RawZip.Honest("rom.bin", Rom) with { DeclaredCrc = 0 },
            ["deflate-cut.zip"] = Cut(RawZip.Honest("rom.bin", Rom)),
            ["stored-cut.zip"] = Cut(RawZip.Honest("rom.bin", Rom, deflate: false)),
        };
        foreach (var offset in new[] { 0, 1, 3, 40, 700, 5_000, -40, -3 })
        {
            var honest = RawZip.Honest("rom.bin", Rom);
            var data = (byte[])honest.Data.Clone();
            data[offset >= 0 ? offset : data.Length + offset] ^= 0x5A;
            zips[$"flip{offset}.zip"] = honest with { Data = data };
        }

        foreach (var (name, member) in zips)
        {
            fixture.Write(name, RawZip.Build(member, RawZip.Honest("sibling.bin", Sibling)));
        }

        return [.. zips.Keys.Where(name => !name.StartsWith("flip", StringComparison.Ordinal))];
    }

    private static RawZip.Member Cut(RawZip.Member member) => member with { Data = member.Data[..(member.Data.Length / 2)] };

    /// <summary>The scan's problems and every row a scan writes about files, members and failures, as text.</summary>
    private static string Dump(ScanFixture fixture, RomCurator.Core.Scans.ScanSummary summary) => string.Join("\n",
        summary.Problems.Select(p => $"problem {p.Kind} {p.Path}: {p.Message}").Order(StringComparer.Ordinal)
            .Concat(fixture.Column(
                "SELECT 'file ' || fi.relative_path || ' ' || fi.status || ' ' || fi.size_bytes || ' ' || rf.sha1 || ' ' || rf.md5 || ' ' || rf.crc32 "
                + "FROM file_instance fi JOIN rom_file rf USING (rom_id) ORDER BY fi.relative_path"))
            .Concat(fixture.Column(
                "SELECT 'member ' || p.sha1 || ' ' || am.path_in_archive || ' ' || am.compressed_size || ' ' || am.uncompressed_size || ' ' || c.sha1 "
                + "FROM archive_member am JOIN rom_file p ON p.rom_id = am.parent_rom_id JOIN rom_file c ON c.rom_id = am.child_rom_id ORDER BY 1"))
            .Concat(fixture.Column(
                "SELECT 'discovery ' || relative_path || ' ' || promotion_state || ' ' || coalesce(message, '-') FROM file_discovery ORDER BY relative_path"))
            .Concat(fixture.Column(
                "SELECT 'queue ' || replace(absolute_path, '" + fixture.Library.Replace("'", "''") + "', '') || ' ' || status || ' ' || coalesce(error_message, '-') "
                + "FROM ingestion_queue ORDER BY absolute_path")));

    private static string Sha1(byte[] content) => Convert.ToHexStringLower(SHA1.HashData(content));
}
