namespace RomCurator.Core.Matching;

/// <summary>
/// The files a matching pass joins: all of them (a full pass, <see cref="Everything"/>), or, when nothing else that
/// decides matching's results changed since the last completed pass (<see cref="MatchingWatermark"/>), only the files
/// added since (rom ids after <see cref="AfterRom"/>) and, for title matching and release links, also the files seen
/// at a new place since (file instances after <see cref="AfterInstance"/>: a new root can mean another platform).
/// The clauses bind <c>$after_rom</c> and <c>$after_instance</c> (<see cref="Bind"/>).
/// </summary>
public sealed record MatchScope(long AfterRom, long AfterInstance, bool Full)
{
    public static readonly MatchScope Everything = new(0, 0, true);

    /// <summary>An AND clause keeping the files added since (nothing for a full pass).</summary>
    public string NewFiles(string romColumn) => Full ? "" : $" AND {romColumn} > $after_rom";

    /// <summary>
    /// An AND clause keeping the files added or seen at a new place since, and the members of archives seen at a new
    /// place (their platform evidence is the archive's root), nothing for a full pass.
    /// </summary>
    public string NewOrMovedFiles(string romColumn) => Full
        ? ""
        : $"""
            AND {romColumn} IN (SELECT rom_id FROM rom_file WHERE rom_id > $after_rom
                UNION SELECT rom_id FROM file_instance WHERE instance_id > $after_instance
                UNION SELECT m.child_rom_id FROM file_instance f JOIN archive_member m ON m.parent_rom_id = f.rom_id WHERE f.instance_id > $after_instance)
           """;

    public Storage.SqlStatement Bind(Storage.SqlStatement statement) =>
        statement.Bind("$after_rom", AfterRom).Bind("$after_instance", AfterInstance);
}
