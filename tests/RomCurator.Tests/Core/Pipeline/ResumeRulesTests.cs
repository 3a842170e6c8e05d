using RomCurator.Core.Pipeline.Checkpoints;
using RomCurator.Core.Pipeline;
using RomCurator.Core.Runs;

namespace RomCurator.Tests.Core.Pipeline;

public sealed class ResumeRulesTests
{
    private static readonly ScanStep[] Steps =
    [
        new(ScanPhases.Discovery, Checkpointed: true, () => { }),
        new(ScanPhases.Hashing, Checkpointed: true, () => { }),
        new(ScanPhases.Finalizing, Checkpointed: true, () => { }),
        new(ScanPhases.Matching, Checkpointed: false, () => { }),
        new(ScanPhases.Healing, Checkpointed: false, () => { }),
    ];

    private static ScanCheckpoint Checkpoint(string phase, params long[] roots) => new(7, roots, phase, DateTime.UnixEpoch);

    private static ImportRun Run(string status, string source = IngestionJob.SourceName) =>
        new(7, source, status, "2026-01-01 00:00:00", null, 42, """{"files_seen":42}""");

    [Test]
    public async Task Without_a_checkpoint_a_new_run_starts_at_discovery()
    {
        var start = ResumeRules.Decide(null, null, [1, 2]);

        await Assert.That(start).IsEqualTo(new ScanStart(null, ScanPhases.Discovery, null));
    }

    [Test]
    [Arguments(RunStatus.Running)]
    [Arguments(RunStatus.Cancelled)]
    [Arguments(RunStatus.Failed)]
    public async Task An_unfinished_scan_of_the_same_roots_resumes_at_its_phase_whatever_the_roots_order(string status)
    {
        var previous = Run(status);

        var start = ResumeRules.Decide(Checkpoint(ScanPhases.Hashing, 2, 1), previous, [1, 2]);

        await Assert.That(start.Resume).IsSameReferenceAs(previous);
        await Assert.That(start.Phase).IsEqualTo(ScanPhases.Hashing);
        await Assert.That(start.Close).IsNull();
        await Assert.That(start.Resumed).IsTrue();
    }

    [Test]
    public async Task A_completed_run_or_another_job_behind_the_checkpoint_is_not_resumed()
    {
        var completed = ResumeRules.Decide(Checkpoint(ScanPhases.Hashing, 1), Run(RunStatus.Completed), [1]);
        var organizer = ResumeRules.Decide(Checkpoint(ScanPhases.Hashing, 1), Run(RunStatus.Running, "organizer"), [1]);
        var vanished = ResumeRules.Decide(Checkpoint(ScanPhases.Hashing, 1), null, [1]);

        foreach (var start in new[] { completed, organizer, vanished })
        {
            await Assert.That(start).IsEqualTo(new ScanStart(null, ScanPhases.Discovery, null));
        }
    }

    [Test]
    public async Task A_running_scan_of_other_roots_is_closed_and_a_new_run_starts()
    {
        var previous = Run(RunStatus.Running);

        var start = ResumeRules.Decide(Checkpoint(ScanPhases.Hashing, 1, 2), previous, [1]);

        await Assert.That(start.Resume).IsNull();
        await Assert.That(start.Phase).IsEqualTo(ScanPhases.Discovery);
        await Assert.That(start.Close).IsSameReferenceAs(previous);
    }

    [Test]
    [Arguments(RunStatus.Cancelled)]
    [Arguments(RunStatus.Failed)]
    public async Task An_ended_scan_of_other_roots_is_left_as_it_ended(string status)
    {
        var start = ResumeRules.Decide(Checkpoint(ScanPhases.Finalizing, 3), Run(status), [1]);

        await Assert.That(start).IsEqualTo(new ScanStart(null, ScanPhases.Discovery, null));
    }

    [Test]
    [Arguments(ScanPhases.Discovery, 0)]
    [Arguments(ScanPhases.Hashing, 1)]
    [Arguments(ScanPhases.Finalizing, 2)]
    public async Task A_run_starts_at_the_step_its_checkpoint_names(string phase, int step)
    {
        await Assert.That(ResumeRules.FirstStep(Steps, phase)).IsEqualTo(step);
    }

    [Test]
    [Arguments(ScanPhases.Matching)]
    [Arguments(ScanPhases.Healing)]
    [Arguments("indexing")]
    [Arguments("")]
    public async Task A_phase_no_step_checkpoints_resumes_at_the_last_checkpointed_step(string phase)
    {
        await Assert.That(ResumeRules.FirstStep(Steps, phase)).IsEqualTo(2);
    }
}
