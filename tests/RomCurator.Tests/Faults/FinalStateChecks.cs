namespace RomCurator.Tests.Faults;

/// <summary>
/// What must hold once a killed operation was restarted: the database is sound (integrity, no duplicated rows),
/// agrees with the disk, equals the reference run's, and every user file is there exactly once with its content,
/// where the reference run left it.
/// </summary>
public static class FinalStateChecks
{
    public static void Run(FaultOperation operation, FaultWorkspace workspace, ReferenceRun reference, DiskSnapshot original, CheckList checks)
    {
        var library = workspace.Disk();
        using (var connection = workspace.Open())
        {
            checks.Check(FaultChecks.Integrity, [.. DatabaseChecks.Integrity(connection), .. DatabaseChecks.Integrity(workspace.HashCache)]);
            checks.Check(FaultChecks.NoDuplicates, DatabaseChecks.Duplicates(connection));
            checks.Check(FaultChecks.DatabaseMatchesDisk, DatabaseChecks.AgreesWithDisk(connection, FaultWorkspace.RootName, library));
            checks.Check(FaultChecks.SameState, reference.State.Differences(DatabaseState.Take(connection, operation.IsRestartTrace)));
        }

        checks.Check(FaultChecks.FilesIntact, FileDifferences(original, reference.Files, workspace.UserFiles()));
    }

    /// <summary>
    /// Every original file exactly once with its content, at the path the reference run left it, and the files the reference run
    /// wrote (playlists) where it left them; no folder more or less.
    /// </summary>
    private static List<string> FileDifferences(DiskSnapshot original, DiskSnapshot reference, DiskSnapshot actual)
    {
        var problems = new List<string>();
        // Files the operation itself writes (the organizer's multi-disc playlists): new contents the reference run made too;
        // where they are and what they hold is checked against the reference run below.
        var written = reference.Contents.Except(original.Contents).ToHashSet(StringComparer.Ordinal);
        var contents = actual.Contents.Where(c => !written.Contains(c)).ToList();
        if (!contents.SequenceEqual(original.Contents))
        {
            var lost = original.Contents.Except(contents).Count();
            var copies = contents.Count - contents.Distinct().Count();
            problems.Add($"the files are not the original ones, each once ({lost} lost, {copies} duplicated, {contents.Count} files for {original.Contents.Count})");
        }

        var misplaced = reference.Files.Where(f => !actual.Files.TryGetValue(f.Key, out var sha1) || sha1 != f.Value).Select(f => f.Key)
            .Concat(actual.Files.Keys.Where(path => !reference.Files.ContainsKey(path)))
            .ToList();
        if (misplaced.Count > 0)
        {
            problems.Add($"the files are not where the reference run left them: {string.Join("; ", misplaced.Take(3))}");
        }

        var folders = actual.Folders.Except(reference.Folders).Select(f => "extra folder " + f)
            .Concat(reference.Folders.Except(actual.Folders).Select(f => "missing folder " + f)).ToList();
        if (folders.Count > 0)
        {
            problems.Add($"the folders differ from the reference run's: {string.Join("; ", folders.Take(3))}");
        }

        return problems;
    }
}
