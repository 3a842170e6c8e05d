using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.Platforms;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// Finds the platform a DAT describes from its header name through <c>platform_links</c>, trying the name as
/// given and then without DAT decorations ("(Parent-Clone)", "- Games", TOSEC "[…]"). An unknown system becomes a
/// new platform, linked to its DAT name so the next DAT of it lands on the same platform.
/// </summary>
public sealed partial class DatPlatformResolver(SqliteConnection connection)
{
    public PlatformRef Resolve(string headerName, string? platformOverride) => Resolve(headerName, [], platformOverride);

    /// <summary>
    /// Like <see cref="Resolve(string, string?)"/>, trying <paramref name="hints"/> first (a software list's name,
    /// mapped through <see cref="SoftwareListPlatforms"/>; an SMDB's first folder); an unknown system becomes a
    /// platform named by the first hint that is not a bare list name, or by the header name.
    /// </summary>
    public PlatformRef Resolve(string headerName, IReadOnlyList<string> hints, string? platformOverride)
    {
        var directory = new PlatformDirectory(connection);
        if (!string.IsNullOrWhiteSpace(platformOverride))
        {
            return directory.Resolve(platformOverride)
                   ?? throw new DatImportException($"unknown platform '{platformOverride}' (use a platform name or alias, e.g. 'snes')");
        }

        foreach (var hint in hints)
        {
            var known = SoftwareListPlatforms.ShortName(hint) is { } shortName ? directory.Resolve(shortName) : null;
            known ??= Candidates(hint).Select(directory.Resolve).FirstOrDefault(p => p is not null);
            if (known is not null)
            {
                Link(headerName, known.PlatformId);
                return known;
            }
        }

        foreach (var candidate in Candidates(headerName))
        {
            if (directory.Resolve(candidate) is { } known)
            {
                Link(headerName, known.PlatformId);
                return known;
            }
        }

        var name = Candidates(hints.Count > 1 ? hints[^1] : headerName).Last();
        var created = new PlatformRef(
            connection.Once("INSERT INTO platform (name, media_type) VALUES ($name, 'other') RETURNING platform_id").Bind("$name", name).Long()!.Value, name);
        CrashPoint.Hit("dat.platform.created");
        Link(headerName, created.PlatformId);
        return created;
    }

    /// <summary>The header name, then ever more stripped forms of it.</summary>
    public static IEnumerable<string> Candidates(string headerName)
    {
        var name = headerName.Trim();
        yield return name;
        var withoutTags = Decorations().Replace(name, "").Trim();
        yield return withoutTags;
        var dash = withoutTags.IndexOf(" - Games", StringComparison.OrdinalIgnoreCase);
        if (dash > 0)
        {
            yield return withoutTags[..dash].Trim();
        }
    }

    private void Link(string alias, long platformId) =>
        connection.Once("INSERT OR IGNORE INTO platform_links (alias, platform_id, link_type) VALUES ($alias, $platform, 'dat')")
            .Bind("$alias", alias.Trim()).Bind("$platform", platformId).Execute();

    [GeneratedRegex(@"\s*(\([^()]*\)|\[[^\[\]]*\])")]
    private static partial Regex Decorations();
}
