namespace RomCurator.Tests.Faults;

/// <summary>
/// One operation the fault suite kills: how to build its fixture, the command that runs it (the same command is the
/// restart), and what a restart may legitimately add to the database.
/// </summary>
public abstract class FaultOperation
{
    /// <summary>Its name in the document ("scan").</summary>
    public abstract string Name { get; }

    /// <summary>The fixture, in a sentence for the document.</summary>
    public abstract string Fixture { get; }

    /// <summary>The command line (the uninterrupted reference run, the killed run and the restart all run it).</summary>
    public abstract IReadOnlyList<string> Arguments(FaultWorkspace workspace);

    /// <summary>Builds the fixture in the workspace: the state every run starts from.</summary>
    public abstract void Build(FaultWorkspace workspace);

    /// <summary>
    /// Right after the kill, before the restart: what the next start-up must already have settled. Returns what is
    /// wrong; empty when the operation has no start-up recovery to check.
    /// </summary>
    public virtual IReadOnlyList<string> CheckRecovery(FaultWorkspace workspace, DiskSnapshot original) => [];

    /// <summary>The name of the recovery check in the document, or null when there is none.</summary>
    public virtual string? RecoveryCheck => null;

    /// <summary>Whether a row (of the table) is one a kill and restart legitimately leave in addition to the reference's rows.</summary>
    public virtual bool IsRestartTrace(string table, string row) => false;
}
