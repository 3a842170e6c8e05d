using System.Diagnostics;

namespace RomCurator.Tests.Support;

/// <summary>
/// Runs the real romcurator program (the build beside the tests, through the dotnet host) as a child process:
/// for kill -9 recovery tests and for running as an unprivileged user. With <c>ROMCURATOR_TEST_BINARY</c> naming a
/// published binary (<c>./publish.sh</c>, then <c>ROMCURATOR_TEST_BINARY=dist/romcurator</c>), that runs instead.
/// </summary>
public static class RomCuratorProcess
{
    public const string BinaryVariable = "ROMCURATOR_TEST_BINARY";

    public static string Program => Path.Combine(AppContext.BaseDirectory, "romcurator.dll");

    /// <summary>The published native binary to run instead of <see cref="Program"/>, or null.</summary>
    public static string? Binary => Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } path
        ? Path.GetFullPath(path, RepositoryPaths.Root)
        : null;

    public static bool IsRoot => Environment.UserName == "root";

    public static ProcessResult Run(string home, IEnumerable<string> args, IDictionary<string, string>? environment = null, bool asNobody = false)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] command = Binary is { } binary ? [binary] : ["dotnet", Program];
        if (asNobody && IsRoot)
        {
            command = ["runuser", "-u", "nobody", "--", .. command];
        }

        start.FileName = command[0];
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = home;
        start.Environment["XDG_DATA_HOME"] = Path.Combine(home, "data");
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(home, "config");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"romcurator {string.Join(' ', args)} did not finish in 2 minutes");
        }

        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }
}

public sealed record ProcessResult(int ExitCode, string Output, string Error);
