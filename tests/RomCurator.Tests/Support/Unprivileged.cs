using System.Runtime.InteropServices;

namespace RomCurator.Tests.Support;

/// <summary>
/// Runs code with the file-system identity of an unprivileged user on the current thread only (Linux
/// setfsuid): as root the kernel then drops the permission-override capabilities for that thread, so
/// "unreadable" really is unreadable even when the tests run as root (as CI does).
/// </summary>
public static partial class Unprivileged
{
    private const int Nobody = 65534;

    public static T Run<T>(Func<T> action)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            var previous = SetFsUid(Nobody);
            try
            {
                result = action();
            }
            catch (Exception error)
            {
                failure = error;
            }
            finally
            {
                SetFsUid(previous);
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw failure;
        }

        return result;
    }

    [LibraryImport("libc", EntryPoint = "setfsuid")]
    private static partial int SetFsUid(int uid);
}
