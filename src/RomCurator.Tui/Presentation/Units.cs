using System.Globalization;
using RomCurator.Core.Logging;

namespace RomCurator.Tui.Presentation;

/// <summary>Numbers as a person reads them: sizes in binary units (1.2 GiB), counts with separators and a unit (1,234 files).</summary>
public static class Units
{
    private static readonly string[] SizeUnits = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB"];

    /// <summary>A size: "512 bytes", "1.5 KiB", "12.3 GiB" (one decimal under 100, none above).</summary>
    public static string Size(long bytes)
    {
        if (bytes < 1024)
        {
            return bytes == 1 ? "1 byte" : $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";
        }

        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < SizeUnits.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        var shown = value < 100 ? value.ToString("0.0", CultureInfo.InvariantCulture) : value.ToString("N0", CultureInfo.InvariantCulture);
        return $"{shown} {SizeUnits[unit]}";
    }

    /// <summary>
    /// A size in the scan's shorter form: "512 B", "1.5 KiB", "123.4 MiB" (always one decimal, current culture). The
    /// scan summary, the scan progress line and the duplicates report print this form; <see cref="Size"/> is the rest's.
    /// </summary>
    public static string CompactSize(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.0} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.0} MiB",
        >= 1L << 10 => $"{bytes / 1024.0:0.0} KiB",
        _ => $"{bytes} B",
    };

    /// <summary>A count with its noun, singular for one: "1 file", "1,234 files".</summary>
    public static string Count(long count, string singular, string? plural = null) => Plurals.Count(count, singular, plural);

    /// <summary>The word that goes with <paramref name="count"/>, singular for one: ("line", "lines"), ("is", "are").</summary>
    public static string Plural(long count, string singular, string? plural = null) => Plurals.Word(count, singular, plural);

    /// <summary>A percentage of a whole, "0%" for an empty whole; never rounds a part up to 100% or down to 0%.</summary>
    public static string Percent(long part, long whole)
    {
        if (whole <= 0 || part <= 0)
        {
            return "0%";
        }

        var percent = (int)Math.Floor(100.0 * part / whole);
        return part >= whole ? "100%" : $"{Math.Max(1, Math.Min(99, percent))}%";
    }

    /// <summary>A duration in words: "45 s", "3 min 05 s", "2 h 07 min".</summary>
    public static string Duration(TimeSpan span) =>
        span.TotalSeconds < 60 ? $"{Math.Max(0, (int)span.TotalSeconds)} s"
        : span.TotalMinutes < 60 ? $"{(int)span.TotalMinutes} min {span.Seconds:00} s"
        : $"{(int)span.TotalHours} h {span.Minutes:00} min";
}
