namespace RomCurator.Core.Preferred;

/// <summary>
/// Orders revision and version tags as people read them: "2" after "1", "10" after "9", "1.1" after "1.04", "B" after
/// "A"; a part with a leading zero is a decimal fraction ("1.04" before "1.1"); a name with no tag comes first (the
/// first release).
/// </summary>
public static class VersionOrder
{
    public static int Compare(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        var a = left.Split('.', '-');
        var b = right.Split('.', '-');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "";
            var y = i < b.Length ? b[i] : "";
            var order = ComparePart(x, y, fraction: i > 0 && (x.StartsWith('0') || y.StartsWith('0')));
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private static int ComparePart(string x, string y, bool fraction)
    {
        var xDigits = x.Length > 0 && x.All(char.IsAsciiDigit);
        var yDigits = y.Length > 0 && y.All(char.IsAsciiDigit);
        if (xDigits && yDigits && fraction)
        {
            var width = Math.Max(x.Length, y.Length);
            return string.CompareOrdinal(x.PadRight(width, '0'), y.PadRight(width, '0'));
        }

        if (xDigits && yDigits)
        {
            var xs = x.TrimStart('0');
            var ys = y.TrimStart('0');
            return xs.Length != ys.Length ? xs.Length.CompareTo(ys.Length) : string.CompareOrdinal(xs, ys);
        }

        return string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
    }
}
