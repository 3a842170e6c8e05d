using System.Diagnostics;

namespace RomCurator.Tests.Support;

/// <summary>Runs a system tool (mount, mkfifo, chmod…) with its output swallowed, for tests that shape the file system.</summary>
public static class ExternalTool
{
    /// <summary>The tool's exit code.</summary>
    public static int Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
