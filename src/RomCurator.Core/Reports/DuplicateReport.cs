namespace RomCurator.Core.Reports;

/// <summary>`report duplicates`: contents present more than once, the copies in all, and the bytes a cleanup would free.</summary>
public sealed record DuplicateReport(IReadOnlyList<DuplicateGroup> Groups, long Copies, long ReclaimableBytes);
