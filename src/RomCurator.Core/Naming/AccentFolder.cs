using System.Text;

namespace RomCurator.Core.Naming;

/// <summary>
/// Folds accented Latin letters to their base letters ("Pokémon" → "Pokemon"). Written out because the binary
/// runs with invariant globalization, where string.Normalize does not decompose.
/// </summary>
public static class AccentFolder
{
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňŉòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    private static readonly Dictionary<char, string> Map = Build();

    public static string Fold(string text)
    {
        StringBuilder? folded = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80 || !Map.TryGetValue(char.ToLowerInvariant(c), out var replacement))
            {
                folded?.Append(c);
                continue;
            }

            folded ??= new StringBuilder(text, 0, i, text.Length + 8);
            folded.Append(char.IsUpper(c) ? replacement.ToUpperInvariant() : replacement);
        }

        return folded?.ToString() ?? text;
    }

    private static Dictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();
        for (var i = 0; i < Accented.Length; i++)
        {
            map[Accented[i]] = Plain[i].ToString();
        }

        map['ß'] = "ss";
        map['æ'] = "ae";
        map['œ'] = "oe";
        map['þ'] = "th";
        map['ð'] = "d";
        return map;
    }
}
