using System.Security.Cryptography;
using System.Text;

namespace RomCurator.Core.Organizer;

/// <summary>
/// A SHA-256 of a plan's moves in plan order (instance, root, from, to) and of the playlists it writes (root, path,
/// content) and of the playlists it removes, taken as the plan streams by: two plans with this fingerprint move the same files from the same paths to
/// the same paths and write the same playlists. Lines that change nothing do not count.
/// </summary>
public sealed class PlanFingerprint
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? value;

    /// <summary>Adds <paramref name="line"/> when it is a move or a playlist; returns it, so a stream can be observed with Select.</summary>
    public PlannedMove Add(PlannedMove line)
    {
        if (line.Action is PlanActions.Move or PlanActions.Playlist or PlanActions.RemovePlaylist)
        {
            if (value is not null)
            {
                throw new InvalidOperationException("the fingerprint was already taken");
            }

            hash.AppendData(Encoding.UTF8.GetBytes(line.Action switch
            {
                PlanActions.Move => $"{line.InstanceId}\0{line.Root}\0{line.From}\0{line.To}\n",
                PlanActions.Playlist => $"playlist\0{line.Root}\0{line.To}\0{line.Content}\n",
                _ => $"remove_playlist\0{line.Root}\0{line.From}\0{line.Content}\n",
            }));
        }

        return line;
    }

    /// <summary>The fingerprint of the moves added so far, in lowercase hex (no more lines may be added afterwards).</summary>
    public string Value => value ??= Convert.ToHexStringLower(hash.GetHashAndReset());
}
