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
            return message;
        }

        var key = string.Join('.', match.Groups["key"].Value.Split(':').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
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

    [GeneratedRegex(@"Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConversionFailure();
}
