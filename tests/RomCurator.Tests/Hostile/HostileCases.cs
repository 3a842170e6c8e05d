namespace RomCurator.Tests.Hostile;

/// <summary>Every hostile case, in the order of the reliability table.</summary>
public static class HostileCases
{
    public static IReadOnlyList<HostileCase> All { get; } =
    [
        .. ArchiveCases.All(),
        .. EncryptedArchiveCases.All(),
        .. BombCases.All(),
        .. DiscCases.All(),
        .. MemberNameCases.All(),
        .. FileSystemCases.All(),
        .. DatCases.All(),
        .. DatTrustCases.All(),
        .. DatTextCases.All(),
        .. StateCases.All(),
        .. ConfigCases.All(),
        .. ScanEdgeCases.All(),
        .. OrganizerTrustCases.All(),
        .. OrganizerPlaylistCases.All(),
        .. CheckedOpenCases.All(),
        .. ArgumentCases.All(),
        .. MatchingEvidenceCases.All(),
        .. KeptIndexCases.All(),
        .. SweepCases.All(),
    ];
}
