using System.Runtime.InteropServices;
using RomCurator.Core.Configuration;
using RomCurator.Tui.Cli;
using RomCurator.Tui.Shell;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    cancellation.Cancel();
});

return new CliApp(new AppPaths(), Console.Out, Console.Error).Run(args, cancellation.Token, InteractiveShell.Run);
