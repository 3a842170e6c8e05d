using System.Security.Cryptography;

namespace RomCurator.Tests.Hostile;

/// <summary>The steps most scan cases share: a hostile file beside a good one, a baseline, one scan, the evidence.</summary>
public static class CaseSteps
{
    public const string GoodFile = "good/Fine (USA).nes";

    /// <summary>Random bytes, the same for the same seed (incompressible: no accidental bomb).</summary>
    public static byte[] Data(int size, int seed)
    {
        var data = new byte[size];
        new Random(seed).NextBytes(data);
        return data;
    }

    public static string Sha1(byte[] content) => Convert.ToHexStringLower(SHA1.HashData(content));

    /// <summary>Flips one byte of a copy of <paramref name="content"/>.</summary>
    public static byte[] Flip(byte[] content, int offset)
    {
        var copy = (byte[])content.Clone();
        copy[offset] ^= 0xFF;
        return copy;
    }

    /// <summary>
    /// Puts <paramref name="name"/> in the root beside a good file, scans once, and returns the outcome with the
    /// evidence <paramref name="evidence"/> picks. The scan counts as finished cleanly only when it completed
    /// and the good file beside the hostile one was recorded (the scan went on).
    /// </summary>
    public static CaseOutcome ScanWith(HostileWorkspace workspace, string name, byte[] content, Func<HostileWorkspace, (string Where, string? Row)> evidence)
    {
        workspace.Put(name, content);
        return ScanPrepared(workspace, evidence);
    }

    /// <summary>Scans a root the case has filled, beside the good file; see <see cref="ScanWith"/>.</summary>
    public static CaseOutcome ScanPrepared(HostileWorkspace workspace, Func<HostileWorkspace, (string Where, string? Row)> evidence)
    {
        workspace.Put(GoodFile, Data(1000, 1));
        workspace.AddRoot();
        workspace.Baseline();
        var run = workspace.Scan();
        return WithGoodFile(workspace, run, evidence(workspace));
    }

    public static CaseOutcome WithGoodFile(HostileWorkspace workspace, ScanRun run, (string Where, string? Row) evidence)
    {
        var outcome = run.Outcome(evidence.Where, evidence.Row);
        return workspace.Instance(GoodFile) is null
            ? outcome with { FinishedCleanly = false, Finished = outcome.Finished + ", but the good file beside it was not recorded" }
            : outcome;
    }

    /// <summary>Evidence: the file_operation_log row about the file (or one of its members).</summary>
    public static Func<HostileWorkspace, (string, string?)> OperationLog(string name) =>
        workspace => ("file_operation_log", workspace.OperationLog(name));

    /// <summary>Evidence: the file_discovery row of the file (its state and message).</summary>
    public static Func<HostileWorkspace, (string, string?)> Discovery(string name) =>
        workspace => ("file_discovery", workspace.Discovery(name));

    /// <summary>Evidence: the members recorded for an archive, in order.</summary>
    public static Func<HostileWorkspace, (string, string?)> Members(string name) =>
        workspace => ("archive_member", workspace.Members(Path.GetFileName(name)) is { Count: > 0 } members
            ? string.Join(", ", members.Select(m => "'" + m + "'"))
            : null);

    /// <summary>Evidence: the file_instance row of the file.</summary>
    public static Func<HostileWorkspace, (string, string?)> Instance(string name) =>
        workspace => ("file_instance", workspace.Instance(name));
}
