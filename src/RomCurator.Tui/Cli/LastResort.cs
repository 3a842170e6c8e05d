namespace RomCurator.Tui.Cli;

/// <summary>
/// What happens to a failure nothing else understood (a defect): one line on stderr naming the log that holds the
/// stack trace, the trace appended to <c>LOGS/crash.log</c>, exit code 1. It never throws; a log that cannot be
/// written only loses the trace.
/// </summary>
public static class LastResort
{
    public const string LogName = "crash.log";

    /// <summary>The one line for <paramref name="problem"/> (without the "romcurator: " prefix); writes the trace to the log.</summary>
    public static string Describe(Exception problem, string logsFolder)
    {
        var log = Write(logsFolder, problem);
        var what = $"unexpected error ({problem.GetType().Name}: {problem.Message})".ReplaceLineEndings(" ");
        return log is null
            ? $"{what}; this is a defect in romcurator, please report it (the trace could not be written to {logsFolder})"
            : $"{what}; this is a defect in romcurator, please report it with the trace in {log}";
    }

    /// <summary>For exceptions on other threads: the line on <paramref name="error"/>, then exit 1 instead of an abort.</summary>
    public static void Handle(object exception, string logsFolder, TextWriter error)
    {
        try
        {
            var problem = exception as Exception ?? new InvalidOperationException(Convert.ToString(exception));
            error.WriteLine("romcurator: " + Describe(problem, logsFolder));
            error.Flush();
        }
        catch
        {
            // Nothing may stop the exit below.
        }

        Environment.Exit(ExitCodes.Failed);
    }

    private static string? Write(string logsFolder, Exception problem)
    {
        try
        {
            Directory.CreateDirectory(logsFolder);
            var path = Path.Combine(logsFolder, LogName);
            File.AppendAllText(path, $"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ} {Environment.CommandLine}{Environment.NewLine}{problem}{Environment.NewLine}{Environment.NewLine}");
            return path;
        }
        catch (Exception)
        {
            return null;
        }
    }
}
