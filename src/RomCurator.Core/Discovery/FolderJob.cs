namespace RomCurator.Core.Discovery;

/// <summary>
/// The listing of one folder, done once by whichever comes first: a helper thread that lists folders ahead of the
/// walk, or the walk itself when it needs the steps and no helper has started them (so a busy thread pool never
/// stalls the walk, it only loses the head start).
/// </summary>
internal sealed class FolderJob(WalkFolder folder, FolderLister lister)
{
    private readonly object gate = new();
    private bool started;
    private bool finished;
    private List<WalkStep>? steps;
    private Exception? failure;

    public WalkFolder Folder => folder;

    /// <summary>Lists the folder unless someone already does.</summary>
    public void Run()
    {
        lock (gate)
        {
            if (started)
            {
                return;
            }

            started = true;
        }

        List<WalkStep>? listed = null;
        Exception? error = null;
        try
        {
            listed = lister.List(folder);
        }
        catch (Exception caught)
        {
            error = caught;
        }

        lock (gate)
        {
            steps = listed;
            failure = error;
            finished = true;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>The folder's steps: listed here if no helper started, else waited for.</summary>
    public List<WalkStep> Steps()
    {
        Run();
        lock (gate)
        {
            while (!finished)
            {
                Monitor.Wait(gate);
            }
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return steps!;
    }
}
