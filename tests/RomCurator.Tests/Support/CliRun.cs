using RomCurator.Core.Configuration;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Support;

/// <summary>Runs the command line in-process against a temp home (XDG folders inside it).</summary>
public sealed class CliRun
{
    private CliRun(int exitCode, string output, string error)
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    public static CliRun Invoke(TempDirectory home, params string[] args) => Invoke(home, null, args);

    /// <summary>As if typed at a terminal: <paramref name="typed"/> answers the prompts.</summary>
    public static CliRun Answering(TempDirectory home, string typed, params string[] args) =>
        Invoke(home, new PromptInput(new StringReader(typed), IsTerminal: true), args);

    private static CliRun Invoke(TempDirectory home, PromptInput? input, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var paths = new AppPaths(name => name switch
        {
            "HOME" => home.Path,
            "XDG_DATA_HOME" => home.File("data"),
            "XDG_CONFIG_HOME" => home.File("config"),
            _ => null,
        });
        var exitCode = new CliApp(paths, output, error, input).Run(args, CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
