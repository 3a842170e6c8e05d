using System.Globalization;
using System.Text;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// The title index kept in the database between matching passes, damaged or left by another build, through
/// <c>romcurator scan</c>: the next full pass does not trust it, builds it again from the DAT's names and suggests what
/// it suggested before.
/// </summary>
public static class KeptIndexCases
{
    private const string Games = "nes.dat";

    public static IEnumerable<HostileCase> All() =>
    [
        new("Matching, kept title index with a flipped byte", "one bit flipped in the middle of the kept title chunk (dat_title_chunk) of an NES DAT of 1,500 games, then a full matching pass",
            "index rebuilt (checksum holds), suggestions as before; the new file: Star Quest 8 (Japan)",
            w => Damaged(w, connection =>
            {
                var blob = Sql.Scalar<byte[]>(connection, "SELECT titles FROM dat_title_chunk WHERE chunk = 0");
                blob[blob.Length / 2] ^= 0x10;
                using var command = connection.CreateCommand();
                command.CommandText = "UPDATE dat_title_chunk SET titles = $t WHERE chunk = 0";
                command.Parameters.AddWithValue("$t", blob);
                command.ExecuteNonQuery();
            })),
        new("Matching, kept title index of another build", "the kept title index (dat_title_index) stamped by another build of the same version (other source fingerprint), then a full matching pass",
            "index rebuilt (checksum holds), suggestions as before; the new file: Star Quest 8 (Japan)",
            w => Damaged(w, connection => Sql.Execute(connection,
                "UPDATE dat_title_index SET stamp = substr(stamp, 1, instr(stamp, ' src:') + 4) || printf('%064d', 0) || substr(stamp, instr(stamp, ' src:') + 69)"))),
        new("Matching, kept title index count out of range", "the kept title index's title count (dat_title_index.titles) set to -1, then a full matching pass",
            "index rebuilt (checksum holds), suggestions as before; the new file: Star Quest 8 (Japan)",
            w => Damaged(w, connection => Sql.Execute(connection, "UPDATE dat_title_index SET titles = -1"))),
    ];

    private static CaseOutcome Damaged(HostileWorkspace workspace, Action<Microsoft.Data.Sqlite.SqliteConnection> damage)
    {
        workspace.Put("Rocket Race.nes", new byte[4096]);
        workspace.Put("moon_patrol_2.nes", new byte[8192]);
        var text = new StringBuilder("clrmamepro ( name \"Nintendo - Nintendo Entertainment System\" version \"1\" )\n");
        for (var i = 1; i <= 1500; i++)
        {
            var game = (i % 3) switch { 0 => $"Rocket Race {i} (USA)", 1 => $"Moon Patrol {i} (Europe)", _ => $"Star Quest {i} (Japan)" };
            text.Append(CultureInfo.InvariantCulture, $"game ( name \"{game}\" rom ( name \"{game}.nes\" size 65536 crc {i:x8} ) )\n");
        }

        var dat = workspace.Dat(Games, text.ToString());
        workspace.AddRoot();
        workspace.Cli("roots", "edit", "roms", "--platform", "nes");
        workspace.Cli("dat", "import", dat);
        workspace.Scan();
        var before = Suggestions(workspace);
        var kept = Kept(workspace);
        using (var connection = workspace.Open())
        {
            damage(connection);
            Sql.Execute(connection, "DELETE FROM matching_watermark"); // the next pass is a full one
        }

        workspace.Put("star quest 8.nes", new byte[2048]); // a file to match: the pass reads the index
        workspace.Baseline();
        var run = workspace.Scan();
        var after = Suggestions(workspace, "star quest 8.nes");
        var added = workspace.First("""
            SELECT e.game_name FROM ingestion_candidate c JOIN rom_file r ON r.rom_id = c.rom_id JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id
            WHERE r.filename = $p ORDER BY c.candidate_id LIMIT 1
            """, "star quest 8.nes") ?? "nothing";
        var rebuilt = Kept(workspace) == kept && kept.Length > 0;
        return run.Outcome("dat_title_index, dat_title_chunk, ingestion_candidate",
            $"index {(rebuilt ? "rebuilt (checksum holds)" : "NOT REBUILT")}, suggestions {(after == before && before.Length > 0 ? "as before" : "CHANGED")}; the new file: {added}");
    }

    /// <summary>The suggestions of every file but <paramref name="except"/>, in their order.</summary>
    private static string Suggestions(HostileWorkspace workspace, string except = "")
    {
        using var connection = workspace.Open();
        return string.Join("\n", Sql.Column(connection, $"""
            SELECT r.filename || ' = ' || e.game_name || ' ' || c.confidence
            FROM ingestion_candidate c JOIN rom_file r ON r.rom_id = c.rom_id JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id
            WHERE r.filename <> '{except.Replace("'", "''", StringComparison.Ordinal)}'
            ORDER BY r.filename, c.candidate_id
            """));
    }

    private static string Kept(HostileWorkspace workspace)
    {
        using var connection = workspace.Open();
        return string.Join("\n", Sql.Column(connection, """
            SELECT k.stamp || ' ' || k.titles || ' ' || c.chunk || ' ' || hex(c.titles)
            FROM dat_title_index k JOIN dat_title_chunk c USING (dat_id, platform_id) ORDER BY c.chunk
            """));
    }
}
