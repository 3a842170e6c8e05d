using System.Text.RegularExpressions;

namespace RomCurator.Tests.Architecture;

/// <summary>
/// The folders and arrows of the Mermaid diagram in docs/architecture.md marked "checked by FolderLayerTests":
/// a bare name is a folder, <c>A --> B</c> an arrow (A may use B and whatever B's arrows reach).
/// </summary>
public sealed partial class LayerDiagram
{
    private const string Marker = "%% checked by FolderLayerTests";

    private LayerDiagram(IReadOnlySet<string> folders, IReadOnlyList<(string From, string To)> arrows)
    {
        Folders = folders;
        Arrows = arrows;
    }

    public IReadOnlySet<string> Folders { get; }

    public IReadOnlyList<(string From, string To)> Arrows { get; }

    public static LayerDiagram Read(string markdownPath)
    {
        var lines = File.ReadAllLines(markdownPath);
        var start = Array.FindIndex(lines, line => line.Trim().StartsWith(Marker, StringComparison.Ordinal));
        if (start < 0)
        {
            throw new InvalidDataException($"{markdownPath} has no diagram marked '{Marker}'.");
        }

        var folders = new SortedSet<string>(StringComparer.Ordinal);
        var arrows = new List<(string, string)>();
        foreach (var line in lines.Skip(start + 1).TakeWhile(line => line.Trim() != "```").Select(line => line.Trim()))
        {
            if (ArrowLine().Match(line) is { Success: true } arrow)
            {
                arrows.Add((arrow.Groups[1].Value, arrow.Groups[2].Value));
                folders.Add(arrow.Groups[1].Value);
                folders.Add(arrow.Groups[2].Value);
            }
            else if (NameLine().IsMatch(line) && line is not ("end" or "flowchart"))
            {
                folders.Add(line);
            }
        }

        return new LayerDiagram(folders, arrows);
    }

    /// <summary>The folders <paramref name="from"/> may use: all that its arrows reach, directly or not.</summary>
    public IReadOnlySet<string> Reachable(string from)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var next = new Stack<string>([from]);
        while (next.TryPop(out var folder))
        {
            foreach (var (_, to) in Arrows.Where(arrow => arrow.From == folder))
            {
                if (reached.Add(to))
                {
                    next.Push(to);
                }
            }
        }

        return reached;
    }

    [GeneratedRegex(@"^(\w+)\s*-->\s*(\w+)$")]
    private static partial Regex ArrowLine();

    [GeneratedRegex(@"^\w+$")]
    private static partial Regex NameLine();
}
