using System.Reflection;
using System.Runtime.InteropServices;

namespace RomCurator.Core.Matching;

/// <summary>
/// What matching state kept between passes (<see cref="KeptTitleIndex"/>, <see cref="MatchingWatermark"/>) records of
/// the program that computed it: the version, the fingerprint of the engine's sources taken at build time
/// (<c>SourceFingerprint.targets</c>: any change to a byte of them changes it, git or not) and the .NET runtime. State
/// with another stamp is not trusted. A build without the fingerprint has no stamp (null): it keeps and trusts nothing.
/// </summary>
public static class CodeStamp
{
    /// <summary>The key of the <see cref="AssemblyMetadataAttribute"/> the build adds.</summary>
    public const string FingerprintKey = "RomCurator.SourceFingerprint";

    /// <summary>This program's stamp; null when its build did not fingerprint the sources.</summary>
    public static string? Current { get; } = Of(typeof(CodeStamp).Assembly);

    /// <summary>The fingerprint of the sources <paramref name="assembly"/> was built from (64 hex digits); null when it has none.</summary>
    public static string? Fingerprint(Assembly assembly)
    {
        var value = assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == FingerprintKey)?.Value;
        return value is { Length: 64 } && value.All(char.IsAsciiHexDigitLower) ? value : null;
    }

    /// <summary>The stamp of state computed by <paramref name="assembly"/>'s code; null when it has no fingerprint.</summary>
    public static string? Of(Assembly assembly)
    {
        var fingerprint = Fingerprint(assembly);
        if (fingerprint is null)
        {
            return null;
        }

        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        return $"{version} src:{fingerprint} {RuntimeInformation.FrameworkDescription}";
    }
}
