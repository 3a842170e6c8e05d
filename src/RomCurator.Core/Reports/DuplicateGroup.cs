namespace RomCurator.Core.Reports;

/// <summary>
/// One content (SHA-1) present more than once: its size, every place it is (root/path, and archive#member for copies
/// inside archives), how many of those are loose files, and the bytes removing extra loose copies would free.
/// </summary>
public sealed record DuplicateGroup(string Sha1, long Size, IReadOnlyList<string> Copies, int LooseCopies, long ReclaimableBytes);
