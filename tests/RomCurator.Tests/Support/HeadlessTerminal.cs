using System.Runtime.CompilerServices;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.ViewBase;

namespace RomCurator.Tests.Support;

/// <summary>
/// Runs a Terminal.Gui view without a terminal: an 80×24 (or other) virtual screen, keys pressed by name, and the
/// screen read back as text — UI tests read like a script.
/// </summary>
public sealed class HeadlessTerminal : IDisposable
{
    private readonly SessionToken? session;

    public HeadlessTerminal(Func<IApplication, IRunnable> build, int width = 80, int height = 24)
    {
        App = Application.Create();
        App.Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        Root = build(App);
        session = App.Begin(Root);
        Draw();
    }

    public IApplication App { get; }

    public IRunnable Root { get; }

    public string Screen => App.Driver!.ToString() ?? "";

    [ModuleInitializer]
    internal static void NoRealTerminal() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");

    public HeadlessTerminal Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            App.InjectKey(key);
            Draw();
        }

        return this;
    }

    /// <summary>Types text key by key (into the prompt line, or wherever the focus is).</summary>
    public HeadlessTerminal Type(string text)
    {
        foreach (var character in text)
        {
            App.InjectKey((Key)character);
        }

        Draw();
        return this;
    }

    public void Dispose()
    {
        if (session is not null)
        {
            App.End(session);
        }

        (Root as View)?.Dispose();
        App.Dispose();
    }

    private void Draw()
    {
        App.TimedEvents?.RunTimers();
        App.LayoutAndDraw(true);
    }
}
