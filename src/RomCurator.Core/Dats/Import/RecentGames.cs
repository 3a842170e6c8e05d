using RomCurator.Core.Dats.Parsing;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// The games one import wrote last: per game name, its release (with the atomic game, region and version it was
/// written with) and every ROM written under that name so far in the run. No-Intro lists each NES game twice in a
/// row (headered, then headerless): the second listing is checked against this instead of writing the buffered rows
/// and reading them back, and its release, unchanged, is not upserted again. Bounded: past <see cref="MaxGames"/>
/// games or <see cref="MaxRoms"/> ROMs it starts over, so memory stays flat with the DAT's size; a name it no longer
/// holds is read back from the database as before.
/// </summary>
public sealed class RecentGames
{
    public const int MaxGames = 1024;
    public const int MaxRoms = 16384;

    private readonly Dictionary<string, RecentGame> games = new(StringComparer.Ordinal);
    private int roms;

    /// <summary>The game written under <paramref name="name"/> in this run, if it is still held.</summary>
    public RecentGame? Find(string name) => games.GetValueOrDefault(name);

    /// <summary>
    /// Records a game as written: its release and the ROMs written under its name in this run (<paramref name="written"/>,
    /// the earlier listings', then <paramref name="added"/>).
    /// </summary>
    public void Remember(string name, long releaseId, long atomicId, string? region, string? version,
        IReadOnlyList<DatRom> written, IReadOnlyList<DatRom> added)
    {
        var count = written.Count + added.Count;
        if (games.Remove(name, out var old))
        {
            roms -= old.Roms.Count;
        }

        if (games.Count >= MaxGames || roms + count > MaxRoms)
        {
            games.Clear();
            roms = 0;
        }

        if (count > MaxRoms)
        {
            return;
        }

        games[name] = new RecentGame(releaseId, atomicId, region, version, written.Count == 0 ? added : [.. written, .. added]);
        roms += count;
    }
}
