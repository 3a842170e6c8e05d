using System.Diagnostics;
using RomCurator.Core.Diagnostics;
using static RomCurator.Tests.Hostile.CaseSteps;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// Hostile file systems: symlink loops and dangling links, unreadable files and folders (scanned as 'nobody', so
/// permissions hold even when the tests run as root), files that vanish or change between discovery and hashing,
/// empty, huge sparse and special files, and a read-only root.
/// </summary>
public static class FileSystemCases
{
    private const long FiveGigabytes = 5L * 1024 * 1024 * 1024;
    private const long PaceSample = 256L * 1024 * 1024;

    public static IEnumerable<HostileCase> All() =>
    [
        new("symlink loop", "a link 'sub/loop' pointing back at the root folder", "symbolic link loop",
            w =>
            {
                Directory.CreateDirectory(Path.Combine(w.Library, "sub"));
                File.CreateSymbolicLink(Path.Combine(w.Library, "sub/loop"), "..");
                return ScanPrepared(w, Discovery("sub/loop"));
            }),
        new("dangling symlink", "a link 'gone.nes' pointing at a file that does not exist", "broken symbolic link",
            w =>
            {
                File.CreateSymbolicLink(Path.Combine(w.Library, "gone.nes"), "/nonexistent/romcurator/gone.nes");
                return ScanPrepared(w, Discovery("gone.nes"));
            }),
        new("unreadable file", "a file with mode 000, scanned as the user nobody", "failed: locked.nes: cannot read",
            w => AsNobody(w, () => File.SetUnixFileMode(w.Put("locked.nes", Data(100, 2)), UnixFileMode.None), Discovery("locked.nes"))),
        new("unreadable folder", "a folder with mode 000 holding a file, scanned as the user nobody", "failed: closed: folder cannot be read",
            w => AsNobody(w, () =>
            {
                w.Put("closed/inside.nes", Data(100, 3));
                File.SetUnixFileMode(Path.Combine(w.Library, "closed"), UnixFileMode.None);
            }, Discovery("closed"))),
        new("file vanishes before hashing", "a file deleted after discovery committed it and before hashing read it (scan killed at phase.hashing, file deleted, scan resumed)", "failed: vanish.nes: cannot read: Could not find file",
            w => BetweenPhases(w, "vanish.nes", File.Delete)),
        new("file grows before hashing", "a file that gains 1,000 bytes after discovery recorded its size (scan killed at phase.hashing, file appended, scan resumed)", "changed",
            w => BetweenPhases(w, "grow.nes", path =>
            {
                using var file = new FileStream(path, FileMode.Append);
                file.Write(Data(1000, 9));
            })),
        new("0-byte file", "an empty file 'empty.nes'", "present: empty.nes, 0 bytes, sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709",
            w => ScanWith(w, "empty.nes", [], Instance("empty.nes"))),
        new("sparse 5 GB file", "a 5 GiB sparse file (File.SetLength on a new file: no data on disk)", "present: huge.iso, 5368709120 bytes, sha1 ",
            SparseFile),
        new("FIFO in the root", "a named pipe 'pipe.nes' (opening it would block)", "failed: pipe.nes: not a regular file",
            w =>
            {
                Run("mkfifo", Path.Combine(w.Library, "pipe.nes"));
                return ScanPrepared(w, Discovery("pipe.nes"));
            }),
        new("read-only root", "the root is a read-only bind mount (mount --bind, then remount ro)", "present: game.nes",
            ReadOnlyRoot),
    ];

    /// <summary>Scans as the user nobody after <paramref name="arrange"/> (which may take permissions away).</summary>
    private static CaseOutcome AsNobody(HostileWorkspace workspace, Action arrange, Func<HostileWorkspace, (string, string?)> evidence)
    {
        workspace.Put(GoodFile, Data(1000, 1));
        workspace.AddRootAsNobody();
        arrange();
        workspace.Baseline();
        var run = workspace.ScanAsNobody();
        return WithGoodFile(workspace, run, evidence(workspace));
    }

    /// <summary>
    /// Discovery commits the file, the scan is killed as it enters hashing (CrashPoint phase.hashing), the file is
    /// changed by <paramref name="change"/>, and the next scan resumes straight into hashing.
    /// </summary>
    private static CaseOutcome BetweenPhases(HostileWorkspace workspace, string name, Action<string> change)
    {
        var path = workspace.Put(name, Data(5000, 8));
        workspace.Put(GoodFile, Data(1000, 1));
        File.SetLastWriteTimeUtc(path, new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        workspace.AddRoot();
        var killed = workspace.Process(new Dictionary<string, string> { [CrashPoint.Variable] = "phase.hashing:1" }, "scan", "--json");
        if (killed.ExitCode != 137)
        {
            throw new InvalidOperationException($"the scan was not killed at phase.hashing (exit {killed.ExitCode}): {killed.Error}");
        }

        change(path);
        workspace.Baseline();
        var run = workspace.Scan();
        return WithGoodFile(workspace, run, Discovery(name)(workspace));
    }

    private static CaseOutcome SparseFile(HostileWorkspace workspace)
    {
        using (var file = new FileStream(Path.Combine(workspace.Library, "huge.iso"), FileMode.CreateNew))
        {
            file.SetLength(FiveGigabytes);
        }

        // Reading 5 GiB of holes costs what hashing 5 GiB costs; a scan that takes many times that is a defect (no
        // time goes in the table). The machine's pace is measured just before and just after the scan, by hashing a
        // smaller sparse file the same way, so a loaded or slow machine stretches the bound with the scan; 90 s stays
        // the floor.
        var paceBefore = SparseHashingPace(workspace);
        var clock = Stopwatch.StartNew();
        var outcome = ScanPrepared(workspace, Instance("huge.iso"));
        clock.Stop();
        var paceAfter = SparseHashingPace(workspace);
        var pace = paceBefore > paceAfter ? paceBefore : paceAfter;
        var bound = TimeSpan.FromSeconds(Math.Max(90, 5 * pace.TotalSeconds * (FiveGigabytes / PaceSample)));
        return clock.Elapsed < bound
            ? outcome
            : outcome with { FinishedCleanly = false, Finished = outcome.Finished + $", but took {clock.Elapsed.TotalSeconds:0} s (more than {bound.TotalSeconds:0} s)" };
    }

    /// <summary>The wall time hashing a <see cref="PaceSample"/>-byte sparse file takes on this machine now.</summary>
    private static TimeSpan SparseHashingPace(HostileWorkspace workspace)
    {
        var sample = Path.Combine(workspace.Home, "pace.iso");
        using (var file = new FileStream(sample, FileMode.Create))
        {
            file.SetLength(PaceSample);
        }

        var clock = Stopwatch.StartNew();
        RomCurator.Core.Digests.ContentHasher.HashFile(sample, new RomCurator.Core.Configuration.ScanSettings().HashOptions());
        clock.Stop();
        File.Delete(sample);
        return clock.Elapsed;
    }

    /// <summary>
    /// The root is a read-only bind mount of a folder holding the files. Where mount is not permitted (not root),
    /// the root folder is made read-only with chmod a-w and scanned as nobody instead, and the outcome says so.
    /// </summary>
    private static CaseOutcome ReadOnlyRoot(HostileWorkspace workspace)
    {
        var source = Path.Combine(workspace.Home, "lib/source");
        Directory.CreateDirectory(Path.Combine(source, "good"));
        File.WriteAllBytes(Path.Combine(source, "game.nes"), Data(3000, 4));
        File.WriteAllBytes(Path.Combine(source, GoodFile), Data(1000, 1));
        if (Try("mount", "--bind", source, workspace.Library))
        {
            workspace.OnDispose(() => Try("umount", workspace.Library));
            if (!Try("mount", "-o", "remount,ro,bind", workspace.Library))
            {
                throw new InvalidOperationException("the bind mount could not be made read-only");
            }

            workspace.AddRoot();
            workspace.Baseline();
            var mounted = WithGoodFile(workspace, workspace.Scan(), Instance("game.nes")(workspace));
            return mounted with { Finished = mounted.Finished + " on the read-only mount" };
        }

        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(workspace.Library, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        Run("chmod", "-R", "a-w", workspace.Library);
        workspace.AddRootAsNobody();
        workspace.Baseline();
        var outcome = WithGoodFile(workspace, workspace.ScanAsNobody(), Instance("game.nes")(workspace));
        return outcome with { Finished = outcome.Finished + " (mount not permitted here: chmod a-w root, scanned as nobody)" };
    }

    private static void Run(string tool, params string[] args)
    {
        if (!Try(tool, args))
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed");
        }
    }

    private static bool Try(string tool, params string[] args) => Support.ExternalTool.Run(tool, args) == 0;
}
