using System.Xml;

namespace RomCurator.Core.Dats.Parsing;

/// <summary>
/// Streams a Logiqx XML DAT (No-Intro, Redump, TOSEC, MAME -listxml, software lists) with <see cref="XmlReader"/>.
/// DTDs are ignored, never fetched and entities never expanded: a DAT that uses entities is refused.
/// </summary>
public sealed class LogiqxReader : IDatReader
{
    private static readonly HashSet<string> HeaderFields = new(StringComparer.Ordinal)
    {
        "name", "description", "version", "date", "author", "homepage", "url", "category", "comment",
    };

    private static readonly HashSet<string> GameElements = new(StringComparer.Ordinal) { "game", "machine", "software" };
    private readonly XmlReader xml;
    private readonly string source;
    private string? pendingGame;

    public LogiqxReader(Stream stream, string source)
    {
        this.source = source;
        xml = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersFromEntities = 0,
            CloseInput = false,
        });
        Header = Guard(ReadHeader);
    }

    public DatFormat Format => DatFormat.Logiqx;

    public DatHeader Header { get; }

    public IEnumerable<DatGame> Games(CancellationToken cancellation)
    {
        while (Guard(NextGameStart))
        {
            cancellation.ThrowIfCancellationRequested();
            yield return Guard(ReadGame);
        }
    }

    public void Dispose() => xml.Dispose();

    private DatHeader ReadHeader()
    {
        string? rootVersion = null;
        string rootName = "";
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.Depth == 0)
            {
                rootName = xml.LocalName;
                rootVersion = xml.GetAttribute("build") ?? xml.GetAttribute("version");
                continue;
            }

            if (xml.LocalName == "header")
            {
                return ReadHeaderElement();
            }

            if (GameElements.Contains(xml.LocalName))
            {
                // No header (MAME -listxml): the root names the DAT.
                pendingGame = xml.LocalName;
                return new DatHeader(rootName == "mame" ? "MAME" : rootName, null, rootVersion, null, null);
            }
        }

        throw new DatParseException($"{source}: an XML file without a DAT header or games");
    }

    private DatHeader ReadHeaderElement()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var header = xml.ReadSubtree())
        {
            header.Read();
            header.Read();
            while (!header.EOF)
            {
                if (header.NodeType == XmlNodeType.Element && header.Depth == 1 && HeaderFields.Contains(header.LocalName))
                {
                    var name = header.LocalName;
                    fields[name] = header.ReadElementContentAsString().Trim();
                }
                else if (header.NodeType == XmlNodeType.Element && header.Depth == 1)
                {
                    header.Skip();
                }
                else
                {
                    header.Read();
                }
            }
        }

        return new DatHeader(
            fields.GetValueOrDefault("name") ?? fields.GetValueOrDefault("description") ?? Path.GetFileNameWithoutExtension(source),
            fields.GetValueOrDefault("description"),
            fields.GetValueOrDefault("version") ?? fields.GetValueOrDefault("date"),
            fields.GetValueOrDefault("author"),
            fields.GetValueOrDefault("homepage") ?? fields.GetValueOrDefault("url"));
    }

    private bool NextGameStart()
    {
        if (pendingGame is not null)
        {
            pendingGame = null;
            return true;
        }

        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && GameElements.Contains(xml.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    private DatGame ReadGame()
    {
        var line = ((IXmlLineInfo)xml).LineNumber;
        var name = xml.GetAttribute("name") ?? throw new DatParseException($"{source}: line {line}: a {xml.LocalName} without a name");
        var cloneOf = xml.GetAttribute("cloneof");
        var romOf = xml.GetAttribute("romof");
        var isBios = xml.GetAttribute("isbios") == "yes";
        string? description = null;
        var roms = new List<DatRom>();
        using (var game = xml.ReadSubtree())
        {
            game.Read();
            game.Read();
            while (!game.EOF)
            {
                if (game.NodeType == XmlNodeType.Element && game.LocalName == "description" && game.Depth == 1)
                {
                    description = game.ReadElementContentAsString().Trim();
                    continue;
                }

                if (game.NodeType == XmlNodeType.Element && game.LocalName is "rom" or "disk")
                {
                    roms.Add(ReadRom(game, isDisk: game.LocalName == "disk"));
                }

                game.Read();
            }
        }

        return new DatGame(name, description, cloneOf, romOf, isBios, roms, line);
    }

    private static DatRom ReadRom(XmlReader element, bool isDisk) => new(
        element.GetAttribute("name") ?? "",
        HashText.Size(element.GetAttribute("size")),
        HashText.Normalize(element.GetAttribute("crc"), 8),
        HashText.Normalize(element.GetAttribute("md5"), 32),
        HashText.Normalize(element.GetAttribute("sha1"), 40),
        element.GetAttribute("status"),
        isDisk);

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException error)
        {
            var reason = error.Message.Contains("entity", StringComparison.OrdinalIgnoreCase)
                ? "uses XML entities, which RomCurator refuses to expand (a DAT never needs them)"
                : error.Message;
            throw new DatParseException($"{source}: line {error.LineNumber}, column {error.LinePosition}: {reason}", error);
        }
    }
}
