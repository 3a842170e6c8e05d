using RomCurator.Core.Runs;

namespace RomCurator.Core.Pipeline;

/// <summary>
/// How a scan begins, as <see cref="ResumeRules.Decide"/> rules it: resume run <see cref="Resume"/> at
/// <see cref="Phase"/>, or start a new run, first closing <see cref="Close"/> (an interrupted run of other roots).
/// </summary>
public sealed record ScanStart(ImportRun? Resume, string Phase, ImportRun? Close)
{
    public bool Resumed => Resume is not null;
}
