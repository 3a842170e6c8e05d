using System.Text.RegularExpressions;

namespace RomCurator.Core.Configuration;

/// <summary>
/// Turns the configuration binder's messages into the user's words: "Failed to convert configuration value 'many'
/// at 'Scan:BatchSize' to type 'System.Int32'" becomes "scan.batchSize must be a whole number, not 'many'".
/// Messages it does not recognise are kept as they are.
/// </summary>
public static partial class BindErrorText
{
    public static string Describe(string message)
    {
        var match = ConversionFailure().Match(message);
        if (!match.Success)
        {
            return UnknownSetting().IsMatch(message)
                ? string.Join("; ", Keys(message).Select(key => $"{key} is not a setting (check its spelling; `romcurator config show` lists them)"))
                : message;
        }

        var key = Dotted(match.Groups["key"].Value);
        var wanted = match.Groups["type"].Value switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Double" or "System.Decimal" => "a number",
            "System.Boolean" => "true or false",
            "System.String" => "text",
            var type => $"a {type.Split('.')[^1]}",
        };
        return $"{key} must be {wanted}, not '{match.Groups["value"].Value}'";
    }

    /// <summary>The settings (dotted keys, e.g. scan.batchSize) the binder's message is about; empty when it names none.</summary>
    public static IReadOnlyList<string> Keys(string message)
    {
        if (ConversionFailure().Match(message) is { Success: true } conversion)
        {
            return [Dotted(conversion.Groups["key"].Value)];
        }

        if (UnknownSetting().Match(message) is not { Success: true } unknown)
        {
            return [];
        }

        var section = unknown.Groups["type"].Value.Split('.')[^1] switch
        {
            "ScanSettings" => "scan.",
            "ArchiveSettings" => "archives.",
            "MatchingSettings" => "matching.",
            "OrganizerSettings" => "organizer.",
            "PathSettings" => "paths.",
            "OneGameOneRomSettings" => "oneGameOneRom.",
            _ => "",
        };
        return unknown.Groups["names"].Value.Split(", ").Select(name => section + Dotted(name.Trim('\''))).ToList();
    }

    private static string Dotted(string key) =>
        string.Join('.', key.Split(':').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    [GeneratedRegex(@"were not found on the instance of (?<type>[\w.]+): (?<names>.+)$")]
    private static partial Regex UnknownSetting();

    [GeneratedRegex(@"Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConversionFailure();
}
