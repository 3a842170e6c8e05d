namespace RomCurator.Core.Dats.Parsing;

/// <summary>
/// Splits clrmamepro DAT text into tokens: '(' and ')', quoted strings (which may contain parentheses and
/// apostrophes) and bare words, keeping the line of each token for error messages. The text is read in blocks and
/// scanned as spans; the words a DAT repeats for every game (field names) come back as shared strings.
/// </summary>
public sealed class ClrMameProTokenizer(TextReader reader)
{
    private const string Open = "(";
    private const string Close = ")";

    private static readonly HashSet<string> FieldNames = new(StringComparer.Ordinal)
    {
        "clrmamepro", "game", "machine", "resource", "set", "rom", "disk", "sample", "name", "description", "comment",
        "year", "manufacturer", "developer", "publisher", "serial", "region", "languages", "cloneof", "romof",
        "sampleof", "size", "crc", "md5", "sha1", "sha256", "status", "flags", "merge", "date", "version", "author",
        "homepage", "url", "category", "header", "forcemerging", "forcenodump", "forcepacking", "baddump", "nodump",
        "verified", "good",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SharedWords = FieldNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly char[] buffer = new char[1 << 16];
    private int position;
    private int length;
    private char[] pending = new char[256];
    private int pendingLength;
    private int line = 1;

    public int Line => line;

    /// <summary>The next token, or null at the end of the text. Quoted strings come back unquoted with IsQuoted set.</summary>
    public ClrMameProToken? Next()
    {
        while (true)
        {
            if (position == length && !Fill())
            {
                return null;
            }

            var c = buffer[position];
            if (!char.IsWhiteSpace(c))
            {
                break;
            }

            if (c == '\n')
            {
                line++;
            }

            position++;
        }

        var start = line;
        switch (buffer[position])
        {
            case '(':
                position++;
                return new ClrMameProToken(Open, false, start);
            case ')':
                position++;
                return new ClrMameProToken(Close, false, start);
            case '"':
                position++;
                return new ClrMameProToken(Quoted(start), true, start);
            default:
                return new ClrMameProToken(Word(start), false, start);
        }
    }

    private string Quoted(int start)
    {
        pendingLength = 0;
        while (true)
        {
            if (position == length && !Fill())
            {
                throw new DatParseException($"line {start}: a quoted string is never closed");
            }

            var rest = buffer.AsSpan(position, length - position);
            var quote = rest.IndexOf('"');
            var text = quote >= 0 ? rest[..quote] : rest;
            line += text.Count('\n');
            if (pendingLength + text.Length > DatLimits.MaxTokenChars)
            {
                throw new DatParseException($"line {start}: a quoted string longer than {DatLimits.MaxTokenChars:N0} characters (a damaged DAT)");
            }

            if (quote >= 0)
            {
                position += quote + 1;
                return Text(text, shared: false);
            }

            Keep(text);
            position = length;
        }
    }

    private string Word(int start)
    {
        pendingLength = 0;
        while (true)
        {
            var rest = buffer.AsSpan(position, length - position);
            var end = 0;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end]) && rest[end] is not '(' and not ')')
            {
                end++;
            }

            if (pendingLength + end > DatLimits.MaxTokenChars)
            {
                throw new DatParseException($"line {start}: a word longer than {DatLimits.MaxTokenChars:N0} characters (a damaged DAT)");
            }

            if (end < rest.Length)
            {
                position += end;
                return Text(rest[..end], shared: true);
            }

            Keep(rest);
            position = length;
            if (!Fill())
            {
                return Text([], shared: true);
            }
        }
    }

    /// <summary>The token: the text kept from earlier blocks, then <paramref name="last"/>.</summary>
    private string Text(ReadOnlySpan<char> last, bool shared)
    {
        if (pendingLength > 0)
        {
            Keep(last);
            last = pending.AsSpan(0, pendingLength);
        }

        return shared && SharedWords.TryGetValue(last, out var word) ? word : new string(last);
    }

    private void Keep(ReadOnlySpan<char> text)
    {
        if (pendingLength + text.Length > pending.Length)
        {
            Array.Resize(ref pending, Math.Max(pending.Length * 2, pendingLength + text.Length));
        }

        text.CopyTo(pending.AsSpan(pendingLength));
        pendingLength += text.Length;
    }

    private bool Fill()
    {
        position = 0;
        length = reader.Read(buffer, 0, buffer.Length);
        return length > 0;
    }
}
