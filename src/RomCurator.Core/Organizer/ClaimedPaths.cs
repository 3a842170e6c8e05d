using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace RomCurator.Core.Organizer;

/// <summary>
/// The destinations a plan has handed out so far, per root: a 128-bit hash of each (root, path) instead of the string,
/// so a plan of a million files keeps about 25 MB fewer strings alive. Two paths sharing a hash is out of reach.
/// Paths are compared case-blind (ordinal, culture-free): on a case-insensitive share (SMB, exFAT) "Game.gb" and
/// "game.gb" are one file, so the second to want it is told so, on any file system.
/// </summary>
public sealed class ClaimedPaths
{
    /// <summary>The plan's words when the very same path was claimed before.</summary>
    public const string SamePath = "another file of this plan goes to the same path";

    /// <summary>The plan's words when a path differing only in letter case was claimed before.</summary>
    public const string SamePathButCase = "another file of this plan goes to the same path but for letter case, " +
                                          "which a case-insensitive share (SMB, exFAT) treats as one file";

    private readonly Dictionary<UInt128, ulong> claimed = [];

    /// <summary>Claims <paramref name="path"/> in <paramref name="root"/>; false when it (in any letter case) was claimed before.</summary>
    public bool Claim(string root, string path) => Take(root, path) is null;

    /// <summary>Claims <paramref name="path"/> in <paramref name="root"/>; null when it was free, else why not (<see cref="SamePath"/>, <see cref="SamePathButCase"/>).</summary>
    public string? Take(string root, string path)
    {
        var exact = (ulong)Hash(root + "\0" + path);
        var folded = Hash(root + "\0" + path.ToUpperInvariant());
        if (claimed.TryGetValue(folded, out var before))
        {
            return before == exact ? SamePath : SamePathButCase;
        }

        claimed[folded] = exact;
        return null;
    }

    private static UInt128 Hash(string key) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(key.AsSpan()));
}
