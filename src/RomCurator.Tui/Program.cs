using System.Runtime.InteropServices;
using RomCurator.Core.Configuration;
using RomCurator.Tui.Cli;
using RomCurator.Tui;

var appPaths = new AppPaths();

// Last resort for a defect on another thread: one line and exit 1, never a stack trace and an abort (134).
AppDomain.CurrentDomain.UnhandledException += (_, e) => LastResort.Handle(e.ExceptionObject, appPaths.DefaultLogs, Console.Error);

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

return new CliApp(appPaths, Console.Out, Console.Error).Run(args, cancellation.Token, InteractiveShell.Run);
