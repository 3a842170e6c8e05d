namespace RomCurator.Core.Matching;

/// <summary>
/// Size as evidence in title matching (pure). A file the size of one of the game's ROMs (or, headered, whose data is)
/// keeps its score; a little off costs a little; off by more than <see cref="FarRatio"/> times, or empty or tiny, costs
/// most of it and is never linked, whatever its title says. Each threshold is here and only here.
/// </summary>
public static class SizeEvidence
{
    /// <summary>Files under this many bytes are no ROM a title can vouch for (an empty archive, a stray text file).</summary>
    public const long TinyBytes = 256;

    /// <summary>Up to this factor a size is close (overdumps, trimmed and padded dumps).</summary>
    public const double CloseRatio = 2;

    /// <summary>Beyond this factor a size is far off.</summary>
    public const double FarRatio = 4;

    public const double CloseFactor = 0.97;
    public const double OffFactor = 0.9;
    public const double FarFactor = 0.6;
    public const double TinyFactor = 0.5;

    /// <summary>Distance given to an unknown size, so that any known one ranks first.</summary>
    public const double UnknownDistance = 64;

    /// <summary>Extensions of compressed images, whose size says nothing of the data's.</summary>
    private static readonly HashSet<string> Compressed = new(StringComparer.OrdinalIgnoreCase)
    {
        "chd", "cso", "zso", "rvz", "gcz", "wia", "wbfs", "pbp", "ecm", "nkit", "ciso", "dax", "jso", "z3ds",
    };

    public static SizeComparison Compare(FileEvidence file, IReadOnlyList<long> romSizes)
    {
        var sizes = new List<long> { file.Size };
        if (file.HeaderlessSize is { } headerless && headerless != file.Size)
        {
            sizes.Add(headerless);
        }

        var tiny = file.Size < TinyBytes;
        if (romSizes.Count == 0 || (Compressed.Contains(file.Extension.TrimStart('.')) && !tiny))
        {
            return tiny
                ? new SizeComparison(SizeFit.Tiny, null, UnknownDistance, TinyFactor, false, $"the file is {Describe(file.Size)}: too small to link by title")
                : new SizeComparison(SizeFit.Unknown, null, UnknownDistance, 1.0, true, "size not compared");
        }

        var (nearest, distance) = Nearest(sizes, romSizes);
        var ratio = Math.Pow(2, distance);
        if (file.Size == 0 || (tiny && distance > 0))
        {
            return new SizeComparison(SizeFit.Tiny, nearest, distance, TinyFactor, false,
                $"the file is {Describe(file.Size)}, the DAT's ROM {Describe(nearest)}: too small to link by title");
        }

        if (distance == 0)
        {
            var headered = !romSizes.Contains(file.Size);
            return new SizeComparison(SizeFit.Same, nearest, 0, 1.0, true,
                headered ? $"size matches without the header ({Describe(nearest)})" : $"size matches ({Describe(nearest)})");
        }

        var text = $"the file is {Describe(file.Size)}, the DAT's ROM {Describe(nearest)} ({ratio:0.##}x)";
        return ratio <= CloseRatio ? new SizeComparison(SizeFit.Close, nearest, distance, CloseFactor, true, "size close: " + text)
            : ratio <= FarRatio ? new SizeComparison(SizeFit.Off, nearest, distance, OffFactor, true, "size off: " + text)
            : new SizeComparison(SizeFit.Far, nearest, distance, FarFactor, false, "size far off: " + text);
    }

    /// <summary>The ROM size nearest any of the file's sizes, and |log2| of the ratio (a zero size is infinitely far from any other).</summary>
    private static (long Nearest, double Distance) Nearest(List<long> sizes, IReadOnlyList<long> romSizes)
    {
        long best = romSizes[0];
        var bestDistance = double.PositiveInfinity;
        foreach (var size in sizes)
        {
            foreach (var rom in romSizes)
            {
                var distance = size == rom ? 0 : size <= 0 || rom <= 0 ? double.PositiveInfinity : Math.Abs(Math.Log2((double)size / rom));
                if (distance < bestDistance || (double.IsPositiveInfinity(bestDistance) && rom > best))
                {
                    best = rom;
                    bestDistance = distance;
                }
            }
        }

        return (best, double.IsPositiveInfinity(bestDistance) ? UnknownDistance : bestDistance);
    }

    public static string Describe(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KiB",
        < 1024L * 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MiB",
        _ => $"{bytes / (1024.0 * 1024 * 1024):0.##} GiB",
    };
}
