using System.Text;

namespace RomCurator.Core.Dats.Parsing;

/// <summary>
/// Splits clrmamepro DAT text into tokens: '(' and ')', quoted strings (which may contain parentheses and
/// apostrophes) and bare words, keeping the line of each token for error messages.
/// </summary>
public sealed class ClrMameProTokenizer(TextReader reader)
{
    private int line = 1;

    public int Line => line;

    /// <summary>The next token, or null at the end of the text. Quoted strings come back unquoted with IsQuoted set.</summary>
    public ClrMameProToken? Next()
    {
        int c;
        while ((c = reader.Read()) != -1 && char.IsWhiteSpace((char)c))
        {
            if (c == '\n')
            {
                line++;
            }
        }

        if (c == -1)
        {
            return null;
        }

        var start = line;
        if (c is '(' or ')')
        {
            return new ClrMameProToken(((char)c).ToString(), false, start);
        }

        var text = new StringBuilder();
        if (c == '"')
        {
            while ((c = reader.Read()) != -1 && c != '"')
            {
                if (c == '\n')
                {
                    line++;
                }

                text.Append((char)c);
                if (text.Length > DatLimits.MaxTokenChars)
                {
                    throw new DatParseException($"line {start}: a quoted string longer than {DatLimits.MaxTokenChars:N0} characters (a damaged DAT)");
                }
            }

            if (c == -1)
            {
                throw new DatParseException($"line {start}: a quoted string is never closed");
            }

            return new ClrMameProToken(text.ToString(), true, start);
        }

        text.Append((char)c);
        while ((c = reader.Peek()) != -1 && !char.IsWhiteSpace((char)c) && c is not '(' and not ')')
        {
            text.Append((char)reader.Read());
            if (text.Length > DatLimits.MaxTokenChars)
            {
                throw new DatParseException($"line {start}: a word longer than {DatLimits.MaxTokenChars:N0} characters (a damaged DAT)");
            }
        }

        return new ClrMameProToken(text.ToString(), false, start);
    }
}
