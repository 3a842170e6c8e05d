using System.Text;
using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Discovery;

/// <summary>
/// Lists one folder of a walk into its steps, in name order (ordinal, as the names read as text). On Linux it reads
/// the folder through a <see cref="DirectoryHandle"/>: names as bytes, <c>d_type</c> to tell folders and files
/// apart without a system call, hidden and ignored entries dropped before any <c>fstatat</c>, one <c>fstatat</c>
/// per regular file, no <c>readlink</c> but for links. Every entry the handle does not settle alone (links, odd
/// names, FIFOs, entries that vanished) and every folder it cannot open or read is handed to the portable path
/// (<see cref="EntryVisitor"/>, .NET's listing), so both give the same steps and the same problems. Safe to call
/// from several threads at once.
/// </summary>
internal sealed class FolderLister(IgnoreRules rules, string rootReal)
{
    private static readonly EnumerationOptions ListOneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    private readonly EntryVisitor visitor = new(rules, rootReal);

    public List<WalkStep> List(WalkFolder folder) => TryListNative(folder) ?? ListPortable(folder);

    /// <summary>The portable listing (.NET's enumeration and <see cref="FileSystemInfo"/> per entry).</summary>
    public List<WalkStep> ListPortable(WalkFolder folder)
    {
        var (entries, problem) = Read(folder.Absolute);
        var steps = new List<WalkStep>();
        if (problem is not null)
        {
            steps.Add(new WalkStep(new WalkEntry(folder.Path, 0, default, folder.Depth, problem)));
            return steps;
        }

        if (entries.Any(e => IgnoreRules.MarkerFiles.Contains(e.Name)))
        {
            return steps;
        }

        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (visitor.SafeVisit(entry, folder) is { } step)
            {
                steps.Add(step);
            }
        }

        return steps;
    }

    /// <summary>The listing through a directory handle; null when the handle cannot open or read the folder.</summary>
    private List<WalkStep>? TryListNative(WalkFolder folder)
    {
        if (!DirectoryHandle.IsSupported)
        {
            return null;
        }

        // The real path has no link in it; O_NOFOLLOW refuses one that appeared since (then the portable path reports).
        using var handle = DirectoryHandle.Open(folder.RealPath);
        var names = new List<DirectoryName>();
        if (handle is null)
        {
            return null;
        }

        if (handle.OutsideRoot(rootReal) is { } outside)
        {
            // Not listed through the portable path either: it would follow the link.
            return [new WalkStep(new WalkEntry(folder.Path, 0, default, folder.Depth,
                $"folder cannot be read: its path now leads outside the root through a symbolic link (to '{outside}'); not scanned"))];
        }

        if (!handle.ReadNames(names))
        {
            return null;
        }

        var texts = new string[names.Count];
        var order = new int[names.Count];
        for (var index = 0; index < names.Count; index++)
        {
            texts[index] = Encoding.UTF8.GetString(names[index].Bytes);
            order[index] = index;
            if (IgnoreRules.MarkerFiles.Contains(texts[index]))
            {
                return [];
            }
        }

        // As .NET's listing sorted with a stable sort: equal texts (two byte names shown alike) keep the folder's order.
        Array.Sort(order, (a, b) =>
        {
            var byText = string.CompareOrdinal(texts[a], texts[b]);
            return byText != 0 ? byText : a.CompareTo(b);
        });
        var parentBytes = Encoding.UTF8.GetByteCount(folder.Absolute);
        var steps = new List<WalkStep>(names.Count);
        foreach (var index in order)
        {
            if (Visit(handle, folder, names[index], texts[index], parentBytes) is { } step)
            {
                steps.Add(step);
            }
        }

        return steps;
    }

    private WalkStep? Visit(DirectoryHandle handle, WalkFolder folder, DirectoryName name, string text, int parentBytes)
    {
        var settled = parentBytes + 1 + Encoding.UTF8.GetByteCount(text) < RootWalker.MaxPathBytes
                      && !text.Contains('\uFFFD', StringComparison.Ordinal)
                      && name.Type is DirectoryHandle.TypeRegular or DirectoryHandle.TypeDirectory or DirectoryHandle.TypeUnknown;
        if (!settled)
        {
            return Portable(folder, text);
        }

        var kind = name.Type switch
        {
            DirectoryHandle.TypeRegular => EntryKind.Regular,
            DirectoryHandle.TypeDirectory => EntryKind.Directory,
            _ => EntryKind.Other,
        };
        EntryStatus status = default;
        if (name.Type == DirectoryHandle.TypeUnknown)
        {
            // A file system without d_type: the entry's own status says what it is.
            if (!handle.TryStat(name.Bytes, followLink: false, out status) || status.Kind == EntryKind.Other)
            {
                return Portable(folder, text);
            }

            kind = status.Kind;
        }

        var isDirectory = kind == EntryKind.Directory;
        var path = folder.Path.Child(text);
        if (rules.IsHiddenOrSystem(text, isDirectory) || rules.MatchingGlob(path.Relative, isDirectory) is not null)
        {
            return null;
        }

        if (isDirectory)
        {
            return new WalkStep(null, Folder: new WalkFolder(path, folder.RealPath + "/" + text, folder.Depth + 1));
        }

        if (name.Type != DirectoryHandle.TypeUnknown && !handle.TryStat(name.Bytes, followLink: false, out status))
        {
            return Portable(folder, text);
        }

        // Replaced by something else since it was listed: the portable path says what it is now.
        return status.Kind == EntryKind.Regular
            ? new WalkStep(new WalkEntry(path, status.Size, status.LastWriteUtc, folder.Depth + 1))
            : Portable(folder, text);
    }

    private WalkStep? Portable(WalkFolder folder, string name)
    {
        try
        {
            return visitor.SafeVisit(EntryVisitor.Info(folder, name), folder);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return new WalkStep(new WalkEntry(folder.Path.Child(name), 0, default, folder.Depth + 1,
                $"cannot be scanned ({error.GetType().Name}): {error.Message}"));
        }
    }

    private static (List<FileSystemInfo> Entries, string? Problem) Read(string folder)
    {
        try
        {
            return (new DirectoryInfo(folder).EnumerateFileSystemInfos("*", ListOneFolder).ToList(), null);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return ([], $"folder cannot be read: {error.Message}");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return ([], $"folder cannot be read ({error.GetType().Name}): {error.Message}");
        }
    }
}
