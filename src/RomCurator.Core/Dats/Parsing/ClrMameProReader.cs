using System.Text;

namespace RomCurator.Core.Dats.Parsing;

/// <summary>
/// Streams a clrmamepro text DAT: <c>clrmamepro ( … )</c> header, then <c>game ( … rom ( … ) )</c> blocks
/// (also <c>machine</c>, <c>resource</c>). Each game is parsed on its own, so memory does not grow with the DAT.
/// </summary>
public sealed class ClrMameProReader : IDatReader
{
    private static readonly HashSet<string> GameBlocks = new(StringComparer.OrdinalIgnoreCase) { "game", "machine", "resource", "set" };
    private readonly StreamReader text;
    private readonly ClrMameProTokenizer tokens;
    private readonly string source;
    private readonly Windows1252Fallback encoding;
    private ClrMameProBlock? firstGame;

    public ClrMameProReader(Stream stream, string source)
    {
        this.source = source;
        text = new StreamReader(stream, Windows1252Fallback.Counting(out encoding), detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        tokens = new ClrMameProTokenizer(text);
        Header = Guard(ReadHeader);
    }

    public DatFormat Format => DatFormat.ClrMamePro;

    public DatHeader Header { get; }

    public IEnumerable<DatGame> Games(CancellationToken cancellation)
    {
        if (firstGame is not null)
        {
            var first = firstGame;
            yield return Guard(() => ToGame(first));
            firstGame = null;
        }

        while (Guard(ReadBlock) is { } block)
        {
            cancellation.ThrowIfCancellationRequested();
            if (GameBlocks.Contains(block.Name))
            {
                yield return Guard(() => ToGame(block));
            }
        }
    }

    /// <summary>Text that is not UTF-8 is read as Windows-1252 (old DATs were written so) and counted as one problem.</summary>
    public IReadOnlyList<DatProblem> FileProblems => encoding.Problem() is { } problem ? [problem] : [];

    public void Dispose() => text.Dispose();

    private DatHeader ReadHeader()
    {
        var block = ReadBlock() ?? throw new DatParseException($"{source}: the DAT is empty");
        if (!block.Name.Equals("clrmamepro", StringComparison.OrdinalIgnoreCase))
        {
            // Headerless DAT: the first block is already a game.
            firstGame = block;
            return new DatHeader(FileStem(), null, null, null, null);
        }

        return new DatHeader(
            NonEmpty(block.Field("name")) ?? NonEmpty(block.Field("description")) ?? FileStem(),
            block.Field("description"),
            block.Field("version") ?? block.Field("date"),
            block.Field("author"),
            block.Field("homepage") ?? block.Field("url"));
    }

    private string FileStem() => Path.GetFileNameWithoutExtension(source.Contains('#') ? source[(source.LastIndexOf('#') + 1)..] : source);

    /// <summary>Reads one top-level <c>name ( … )</c> block, or null at the end.</summary>
    private ClrMameProBlock? ReadBlock()
    {
        if (tokens.Next() is not { } name)
        {
            return null;
        }

        var open = tokens.Next();
        if (name.IsOpen || name.IsClose || open is not { IsOpen: true })
        {
            throw new DatParseException($"line {name.Line}: expected 'name (' but found '{DatRomValues.Shown(name.Text)}'");
        }

        return ReadBody(new ClrMameProBlock(name.Text, name.Line), 1);
    }

    private ClrMameProBlock ReadBody(ClrMameProBlock block, int depth)
    {
        if (depth > DatLimits.MaxBlockDepth)
        {
            throw new DatParseException($"line {block.Line}: blocks nested deeper than {DatLimits.MaxBlockDepth} levels (a damaged DAT)");
        }

        while (true)
        {
            var key = tokens.Next() ?? throw new DatParseException($"line {block.Line}: '{DatRomValues.Shown(block.Name)} (' is never closed");
            if (key.IsClose)
            {
                return block;
            }

            if (key.IsOpen)
            {
                throw new DatParseException($"line {key.Line}: unexpected '(' in '{DatRomValues.Shown(block.Name)}'");
            }

            var value = tokens.Next() ?? throw new DatParseException($"line {key.Line}: '{DatRomValues.Shown(key.Text)}' has no value");
            if (value.IsOpen)
            {
                var child = ReadBody(new ClrMameProBlock(key.Text, key.Line), depth + 1);
                if (block.Children.Count < DatLimits.MaxRomsPerGame)
                {
                    block.Children.Add(child);
                }
                else if (block.DroppedChildren++ == 0)
                {
                    block.FirstDroppedLine = child.Line;
                }
            }
            else if (value.IsClose)
            {
                throw new DatParseException($"line {value.Line}: '{DatRomValues.Shown(key.Text)}' has no value before ')'");
            }
            else
            {
                block.Fields.Add(new KeyValuePair<string, string>(key.Text, value.Text));
            }
        }
    }

    private static DatGame ToGame(ClrMameProBlock block)
    {
        var values = new DatRomValues();
        var roms = new List<DatRom>(block.Children.Count);
        foreach (var c in block.Children)
        {
            var isDisk = c.Name.Equals("disk", StringComparison.OrdinalIgnoreCase);
            if (isDisk || c.Name.Equals("rom", StringComparison.OrdinalIgnoreCase))
            {
                roms.Add(values.Rom(c.Field("name"), c.Field("size"), c.Field("crc"), c.Field("md5"), c.Field("sha1"),
                    c.Field("status") ?? c.Field("flags"), isDisk, c.Line));
            }
        }

        // libretro-database DATs may name a game only by its description or comment; empty when none says.
        var name = NonEmpty(block.Field("name")) ?? NonEmpty(block.Field("description")) ?? NonEmpty(block.Field("comment")) ?? "";
        if (block.DroppedChildren > 0)
        {
            values.Add(DatLimits.TooManyRoms(block.FirstDroppedLine, name, block.DroppedChildren));
        }

        return new DatGame(name, block.Field("description"), block.Field("cloneof"), block.Field("romof"),
            block.Name.Equals("resource", StringComparison.OrdinalIgnoreCase), roms, block.Line, values.Problems);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (DatParseException error) when (!error.Message.StartsWith(source, StringComparison.Ordinal))
        {
            throw new DatParseException($"{source}: {error.Message}", error);
        }
    }
}
