using RomCurator.Core.Pipeline.Checkpoints;
using RomCurator.Core.Runs;

namespace RomCurator.Core.Pipeline;

/// <summary>
/// When a scan picks up an interrupted one, and where: plain values in, a decision out (no database, no files).
/// </summary>
public static class ResumeRules
{
    /// <summary>
    /// A checkpoint resumes its run when that run is a scan that did not complete and the scan covers the same roots.
    /// A still-running scan of other roots is closed as cancelled (its committed work stays valid); otherwise a new
    /// run starts at the first phase.
    /// </summary>
    public static ScanStart Decide(ScanCheckpoint? checkpoint, ImportRun? previous, IEnumerable<long> rootIds)
    {
        if (checkpoint is null || previous is not { Source: IngestionJob.SourceName, Status: RunStatus.Running or RunStatus.Cancelled or RunStatus.Failed })
        {
            return new ScanStart(null, ScanPhases.Discovery, null);
        }

        if (checkpoint.RootIds.Order().SequenceEqual(rootIds.Order()))
        {
            return new ScanStart(previous, checkpoint.Phase, null);
        }

        return new ScanStart(null, ScanPhases.Discovery, previous.Status == RunStatus.Running ? previous : null);
    }

    /// <summary>
    /// Which step a run starts at: the one whose checkpoint is <paramref name="phase"/>. A phase no step saves (a
    /// checkpoint of another version) resumes at the last checkpointed step: the steps after it are safe to redo.
    /// </summary>
    public static int FirstStep(IReadOnlyList<ScanStep> steps, string phase)
    {
        var checkpointed = steps.Select((step, index) => (step, index)).Where(s => s.step.Checkpointed).ToList();
        var found = checkpointed.FirstOrDefault(s => s.step.Phase == phase);
        return found.step is not null ? found.index : checkpointed[^1].index;
    }
}
