using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace RomCurator.Core.Organizer;

/// <summary>
/// The destinations a plan has handed out so far, per root: a 128-bit hash of each (root, path) instead of the string,
/// so a plan of a million files keeps about 25 MB fewer strings alive. Two paths sharing a hash is out of reach.
/// </summary>
public sealed class ClaimedPaths
{
    private readonly HashSet<UInt128> claimed = [];

    /// <summary>Claims <paramref name="path"/> in <paramref name="root"/>; false when it was claimed before.</summary>
    public bool Claim(string root, string path)
    {
        var key = root + "\0" + path;
        return claimed.Add(XxHash128.HashToUInt128(MemoryMarshal.AsBytes(key.AsSpan())));
    }
}
