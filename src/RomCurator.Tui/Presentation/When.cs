using System.Globalization;

namespace RomCurator.Tui.Presentation;

/// <summary>A stored UTC time in words relative to now: "just now", "5 minutes ago", "yesterday", "3 days ago", or the date.</summary>
public static class When
{
    public static string Ago(string? stored, DateTime nowUtc)
    {
        if (stored is null || !DateTime.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var then))
        {
            return stored ?? "never";
        }

        var span = nowUtc - then;
        return span.TotalSeconds < 60 ? "just now"
            : span.TotalMinutes < 60 ? Units.Count((long)span.TotalMinutes, "minute") + " ago"
            : span.TotalHours < 24 ? Units.Count((long)span.TotalHours, "hour") + " ago"
            : span.TotalDays < 2 ? "yesterday"
            : span.TotalDays < 30 ? Units.Count((long)span.TotalDays, "day") + " ago"
            : then.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
