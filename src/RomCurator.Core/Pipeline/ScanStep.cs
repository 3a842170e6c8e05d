namespace RomCurator.Core.Pipeline;

/// <summary>
/// One step of a scan run. A checkpointed step saves its <see cref="Phase"/> before it runs, so an interrupted run
/// resumes there; the steps without a checkpoint run again after the last checkpointed one. A step that
/// <see cref="BulkWrites"/> runs with the scan's write settings (<see cref="Storage.ScanWritePragmas"/>).
/// </summary>
public sealed record ScanStep(string Phase, bool Checkpointed, Action Run, bool BulkWrites = false);
