using Microsoft.Data.Sqlite;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.Storage;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Faults;

/// <summary>
/// A home for one operation's fault runs, always at the same path (the database records absolute paths): the
/// library root <c>HOME/lib</c> (registered as "lib"), DAT inputs, config and the XDG data folder, plus optionally a
/// folder on another file system (<c>/dev/shm</c>) bind-mounted on a folder of the library (inside the root: a link
/// there would lead out of it, where the organizer never moves anything). <see cref="Save"/> keeps a pristine copy of
/// both; <see cref="Restore"/> puts it back before each run (unmounted while it copies). RomCurator runs either in-process (to
/// build the fixture) or as the real program in a child process, which a crash point can kill.
/// </summary>
public sealed class FaultWorkspace : IDisposable
{
    public const string RootName = "lib";

    private readonly TempDirectory home = new();
    private readonly TempDirectory scratch = new();
    private string? otherFileSystem;
    private string? mountPoint;

    public string Home => home.Path;

    public string Library => home.File(RootName);

    public string Database => home.File("data/romcurator/romcurator.db");

    /// <summary>The scan's hash cache beside the database (it exists once a scan ran).</summary>
    public string HashCache => Path.ChangeExtension(Database, ".cache.db");

    /// <summary>A folder on another file system (tmpfs), created on first use and restored with the workspace.</summary>
    public string OtherFileSystem
    {
        get
        {
            if (otherFileSystem is null)
            {
                if (!Directory.Exists("/dev/shm"))
                {
                    throw new InvalidOperationException("/dev/shm (tmpfs) is needed to test moves across file systems");
                }

                otherFileSystem = Path.Combine("/dev/shm", "romcurator-faults-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(otherFileSystem);
            }

            return otherFileSystem;
        }
    }

    /// <summary>Bind-mounts <see cref="OtherFileSystem"/> on the library folder <paramref name="relativeFolder"/> (created): moves into it cross file systems.</summary>
    public void MountOtherFileSystem(string relativeFolder)
    {
        mountPoint = Path.Combine(Library, relativeFolder);
        Directory.CreateDirectory(mountPoint);
        Mount();
    }

    private string Pristine => scratch.File("pristine/home");

    private string PristineOther => scratch.File("pristine/other");

    /// <summary>Writes a file under the home (folders created) with a fixed modification time; returns its path.</summary>
    public string Write(string relativePath, byte[] content)
    {
        var full = home.File(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        File.SetLastWriteTimeUtc(full, ScanFixture.FixedTime);
        return full;
    }

    public string Write(string relativePath, string content) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Runs a verb in-process (building the fixture); throws when it fails.</summary>
    public CliRun Cli(params string[] args)
    {
        var run = CliRun.Invoke(home, args);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"romcurator {string.Join(' ', args)} failed ({run.ExitCode}): {run.Error}");
        }

        return run;
    }

    /// <summary>Runs the real program in a child process, killed at <paramref name="crash"/> when one is given.</summary>
    public ProcessResult Run(IReadOnlyList<string> args, CrashPair? crash = null, string? tally = null)
    {
        var environment = new Dictionary<string, string>();
        if (crash is not null)
        {
            environment[CrashPoint.Variable] = crash.ToString();
        }

        if (tally is not null)
        {
            environment[CrashPoint.CountVariable] = tally;
        }

        return RomCuratorProcess.Run(home.Path, args, environment);
    }

    /// <summary>A file outside the home for a counting run to write to (new each call).</summary>
    public string TallyFile() => scratch.File("tally-" + Guid.NewGuid().ToString("N") + ".txt");

    public SqliteConnection Open() => DatabaseOpener.Open(Database);

    /// <summary>The library root's files (paths relative to the root, as the database records them).</summary>
    public DiskSnapshot Disk() => DiskSnapshot.Take(Library);

    /// <summary>Every user file: the whole home but RomCurator's data folder (library, DATs, config).</summary>
    public DiskSnapshot UserFiles() => DiskSnapshot.Take(Home, "data");

    /// <summary>Keeps the current state (home and the other file system) as the pristine fixture.</summary>
    public void Save()
    {
        Unmount();
        TreeCopy.Copy(home.Path, Pristine);
        if (otherFileSystem is not null)
        {
            TreeCopy.Copy(otherFileSystem, PristineOther);
        }

        Mount();
    }

    /// <summary>Puts the pristine fixture back: everything a run wrote or moved is gone.</summary>
    public void Restore()
    {
        Unmount();
        TreeCopy.Clear(home.Path);
        TreeCopy.Copy(Pristine, home.Path);
        if (otherFileSystem is not null)
        {
            TreeCopy.Clear(otherFileSystem);
            TreeCopy.Copy(PristineOther, otherFileSystem);
        }

        Mount();
    }

    public void Dispose()
    {
        Unmount();
        home.Dispose();
        scratch.Dispose();
        if (otherFileSystem is not null && Directory.Exists(otherFileSystem))
        {
            Directory.Delete(otherFileSystem, recursive: true);
        }
    }

    private void Mount()
    {
        if (mountPoint is not null && MountTool("mount", "--bind", OtherFileSystem, mountPoint) != 0)
        {
            throw new InvalidOperationException($"could not bind-mount '{OtherFileSystem}' on '{mountPoint}' (root is needed)");
        }
    }

    private void Unmount()
    {
        if (mountPoint is not null)
        {
            MountTool("umount", mountPoint);
        }
    }

    private static int MountTool(string tool, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
