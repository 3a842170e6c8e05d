using System.Diagnostics;
using System.Text;
using RomCurator.Core.Archives.Discs.Cd;

namespace RomCurator.Tests.Support;

/// <summary>
/// Builds Redump-style disc sets (split .bin tracks with their .cue or .gdi) and runs chdman on them. Data tracks
/// are real MODE1 sectors (sync, header, data, parity) so chdman drops and the reader regenerates their ECC; audio is
/// a tone with noise so chdman's FLAC wins for some hunks.
/// </summary>
public static class DiscSets
{
    public static bool HasChdman => Which("chdman") is not null;

    public const string NoChdman = "chdman (Debian package mame-tools) is not installed; .ci/run installs it";

    /// <summary>Skips the calling test, saying why, when chdman (which builds its fixtures) is not installed.</summary>
    public static void SkipWithoutChdman()
    {
        if (!HasChdman)
        {
            Skip.Test(NoChdman);
        }
    }

    /// <summary>Three tracks: MODE1/2352 data, AUDIO with a 2-second INDEX 00 pregap, MODE2/2352 with a pregap.</summary>
    public static Dictionary<string, byte[]> CdSet(string game)
    {
        var tracks = new[]
        {
            ($"{game} (Track 1).bin", Mode1Track(0, 310, 1)),
            ($"{game} (Track 2).bin", AudioTrack(227, 2)),
            ($"{game} (Track 3).bin", Mode2Track(105, 3)),
        };
        var cue = new StringBuilder();
        cue.Append($"FILE \"{game} (Track 1).bin\" BINARY\r\n  TRACK 01 MODE1/2352\r\n    INDEX 01 00:00:00\r\n");
        cue.Append($"FILE \"{game} (Track 2).bin\" BINARY\r\n  TRACK 02 AUDIO\r\n    INDEX 00 00:00:00\r\n    INDEX 01 00:02:00\r\n");
        cue.Append($"FILE \"{game} (Track 3).bin\" BINARY\r\n  TRACK 03 MODE2/2352\r\n    INDEX 00 00:00:00\r\n    INDEX 01 00:02:00\r\n");
        var files = tracks.ToDictionary(t => t.Item1, t => t.Item2);
        files[game + ".cue"] = Encoding.UTF8.GetBytes(cue.ToString());
        return files;
    }

    /// <summary>A GD-ROM: low-density data and audio tracks, then the high-density data track at sector 45000.</summary>
    public static Dictionary<string, byte[]> GdSet(string game)
    {
        var files = new Dictionary<string, byte[]>
        {
            [$"{game} (Track 1).bin"] = Mode1Track(0, 302, 4),
            [$"{game} (Track 2).raw"] = AudioTrack(225, 5),
            [$"{game} (Track 3).bin"] = Mode1Track(45000, 1001, 6),
        };
        files[game + ".gdi"] = Encoding.UTF8.GetBytes(
            $"3\r\n1 0 4 2352 \"{game} (Track 1).bin\" 0\r\n2 452 0 2352 \"{game} (Track 2).raw\" 0\r\n3 45000 4 2352 \"{game} (Track 3).bin\" 0\r\n");
        return files;
    }

    public static void WriteAll(TempDirectory folder, Dictionary<string, byte[]> files)
    {
        foreach (var (name, content) in files)
        {
            File.WriteAllBytes(folder.File(name), content);
        }
    }

    /// <summary>Runs chdman with the arguments; fails the test with its output when it fails.</summary>
    public static void Chdman(params string[] arguments)
    {
        var start = new ProcessStartInfo("chdman") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chdman {string.Join(' ', arguments)} failed: {error} {output.Result}");
        }
    }

    /// <summary>MODE1 sectors: sync, BCD address, mode 1, data, then P/Q parity (the EDC bytes are left as data).</summary>
    public static byte[] Mode1Track(int startSector, int frames, int seed)
    {
        var random = new Random(seed);
        var track = new byte[frames * 2352];
        for (var i = 0; i < frames; i++)
        {
            var sector = track.AsSpan(i * 2352, 2352);
            var address = startSector + 150 + i;
            sector[12] = Bcd(address / 4500);
            sector[13] = Bcd(address / 75 % 60);
            sector[14] = Bcd(address % 75);
            sector[15] = 1;
            // Text-like data compresses, as real discs do.
            for (var j = 16; j < 2076; j++)
            {
                sector[j] = (byte)('a' + random.Next(0, i % 7 == 0 ? 26 : 4));
            }

            CdSectorEcc.Regenerate(sector);
        }

        return track;
    }

    /// <summary>16-bit stereo: a tone with a little noise.</summary>
    public static byte[] AudioTrack(int frames, int seed)
    {
        var random = new Random(seed);
        var track = new byte[frames * 2352];
        for (var i = 0; i < track.Length / 4; i++)
        {
            var left = (short)(8000 * Math.Sin(i * 0.031 * seed) + random.Next(-60, 60));
            var right = (short)(6000 * Math.Sin(i * 0.017 * seed) + random.Next(-60, 60));
            track[i * 4] = (byte)left;
            track[i * 4 + 1] = (byte)(left >> 8);
            track[i * 4 + 2] = (byte)right;
            track[i * 4 + 3] = (byte)(right >> 8);
        }

        return track;
    }

    /// <summary>Raw MODE2 sectors (no parity chdman would recognise), partly random.</summary>
    public static byte[] Mode2Track(int frames, int seed)
    {
        var random = new Random(seed);
        var track = new byte[frames * 2352];
        random.NextBytes(track.AsSpan(0, track.Length / 3));
        return track;
    }

    private static byte Bcd(int value) => (byte)(value / 10 * 16 + value % 10);

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
}
