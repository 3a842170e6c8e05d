using RomCurator.Core.Reports;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`report duplicates` as text: a summary line, then each content with its size, copies and what removing extra loose copies frees.</summary>
public static class DuplicateText
{
    public static IEnumerable<string> Render(DuplicateReport report)
    {
        if (report.Groups.Count == 0)
        {
            yield return "no content is present more than once";
            yield break;
        }

        yield return $"{report.Groups.Count:N0} contents present more than once, {report.Copies:N0} copies; removing extra loose copies "
                     + $"would free {Units.CompactSize(report.ReclaimableBytes)} (nothing is deleted)";
        foreach (var group in report.Groups)
        {
            yield return $"  {group.Sha1}  {Units.CompactSize(group.Size)} x{group.Copies.Count}  frees {Units.CompactSize(group.ReclaimableBytes)}";
            foreach (var copy in group.Copies)
            {
                yield return "    " + copy;
            }
        }
    }
}
