using System.Xml;

namespace RomCurator.Core.Dats.Parsing;

/// <summary>
/// Streams a Logiqx XML DAT (No-Intro, Redump, TOSEC, MAME -listxml, software lists) with <see cref="XmlReader"/>.
/// DTDs are ignored, never fetched and entities never expanded: a DAT that uses entities is refused. A DAT's name
/// comes from its header, a software list's <c>name</c>, or (MAME -listxml) "MAME", else the file's name: never
/// from the root element. A file of several software lists (<c>&lt;softwarelists&gt;</c>) is one DAT per list
/// (<see cref="MoveToNextDat"/>).
/// </summary>
public sealed class LogiqxReader : IDatReader
{
    private static readonly HashSet<string> HeaderFields = new(StringComparer.Ordinal)
    {
        "name", "description", "version", "date", "author", "homepage", "url", "category", "comment",
    };

    private static readonly HashSet<string> GameElements = new(StringComparer.Ordinal) { "game", "machine", "software" };

    // MAME software lists describe how ROM data is loaded: these entries continue, fill or reload another ROM's
    // area and are not files.
    private static readonly HashSet<string> LoadInstructions = new(StringComparer.Ordinal) { "continue", "fill", "ignore", "reload", "reload_plain" };

    private const string SoftwareList = "softwarelist";
    private readonly XmlReader xml;
    private readonly Windows1252Fallback encoding;
    private readonly LogiqxNames atoms;
    private readonly string source;
    private string? pendingGame;
    private DatHeader? pendingList;
    private long dropped;
    private int firstDroppedLine;

    public LogiqxReader(Stream stream, string source)
    {
        this.source = source;
        var text = new StreamReader(stream, Windows1252Fallback.Counting(out encoding), detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        xml = XmlReader.Create(text, Settings);
        atoms = new LogiqxNames(xml.NameTable);
        Header = Guard(ReadHeader);
    }

    /// <summary>Text that is not UTF-8 is read as Windows-1252 (old DATs were written so) and counted as one problem.</summary>
    public IReadOnlyList<DatProblem> FileProblems => encoding.Problem() is { } problem ? [problem] : [];

    private static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 0,
        CloseInput = true,
        CheckCharacters = false,
    };

    public DatFormat Format => DatFormat.Logiqx;

    public DatHeader Header { get; private set; }

    public IEnumerable<DatGame> Games(CancellationToken cancellation)
    {
        while (Guard(NextGameStart))
        {
            cancellation.ThrowIfCancellationRequested();
            yield return Guard(ReadGame);
        }
    }

    /// <summary>After the games of one software list, moves to the next list of the same file, if any.</summary>
    public bool MoveToNextDat()
    {
        if (pendingList is null)
        {
            return false;
        }

        Header = pendingList;
        pendingList = null;
        return true;
    }

    public void Dispose() => xml.Dispose();

    private DatHeader ReadHeader()
    {
        string rootName = "";
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == SoftwareList)
            {
                return ListHeader();
            }

            if (xml.Depth == 0)
            {
                rootName = xml.LocalName;
                continue;
            }

            if (xml.LocalName == "header")
            {
                return ReadHeaderElement();
            }

            if (GameElements.Contains(xml.LocalName))
            {
                // No header: MAME -listxml is "MAME" (its build is the version); anything else is named by its file.
                pendingGame = xml.LocalName;
                return rootName == "mame"
                    ? new DatHeader("MAME", null, null, null, null)
                    : new DatHeader(FileStem(), null, null, null, null);
            }
        }

        throw new DatParseException($"{source}: an XML file without a DAT header or games");
    }

    /// <summary>A MAME software list: named by its <c>name</c> (e.g. "nes"), its platform from that name.</summary>
    private DatHeader ListHeader()
    {
        var name = xml.GetAttribute("name")?.Trim();
        var description = xml.GetAttribute("description")?.Trim();
        var identity = !string.IsNullOrEmpty(name) ? name : !string.IsNullOrEmpty(description) ? description : FileStem();
        return new DatHeader(identity, description, null, null, null,
            [.. new[] { name, description }.Where(h => !string.IsNullOrEmpty(h)).Select(h => h!)], SoftwareList);
    }

    private string FileStem()
    {
        var file = source.Contains('#') ? source[(source.LastIndexOf('#') + 1)..] : source;
        return Path.GetFileNameWithoutExtension(file);
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
            NonEmpty(fields.GetValueOrDefault("name")) ?? NonEmpty(fields.GetValueOrDefault("description")) ?? FileStem(),
            fields.GetValueOrDefault("description"),
            fields.GetValueOrDefault("version") ?? fields.GetValueOrDefault("date"),
            fields.GetValueOrDefault("author"),
            fields.GetValueOrDefault("homepage") ?? fields.GetValueOrDefault("url"));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private bool NextGameStart()
    {
        if (pendingGame is not null)
        {
            pendingGame = null;
            return true;
        }

        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (GameElements.Contains(xml.LocalName))
            {
                return true;
            }

            if (xml.LocalName == SoftwareList)
            {
                // The next list of a <softwarelists> file: this DAT ends here.
                pendingList = ListHeader();
                return false;
            }
        }

        return false;
    }

    private DatGame ReadGame()
    {
        dropped = 0;
        var line = ((IXmlLineInfo)xml).LineNumber;
        string? name = null, cloneOf = null, romOf = null, isBios = null;
        while (xml.MoveToNextAttribute())
        {
            var attribute = xml.Name;
            if (attribute == atoms.Name)
            {
                name ??= xml.Value;
            }
            else if (attribute == atoms.CloneOf)
            {
                cloneOf ??= xml.Value;
            }
            else if (attribute == atoms.RomOf)
            {
                romOf ??= xml.Value;
            }
            else if (attribute == atoms.IsBios)
            {
                isBios ??= xml.Value;
            }
        }

        xml.MoveToElement();
        string? description = null;
        var values = new DatRomValues();
        var roms = new List<DatRom>();

        // The game's own elements, read in place (no subtree reader per game): its direct <description> and its
        // <rom>/<disk> at any depth (software lists nest them in <part><dataarea>).
        var gameDepth = xml.Depth;
        if (!xml.IsEmptyElement)
        {
            xml.Read();
            while (!xml.EOF && (xml.Depth > gameDepth || xml.NodeType != XmlNodeType.EndElement))
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == atoms.Description && xml.Depth == gameDepth + 1)
                {
                    description = xml.ReadElementContentAsString().Trim();
                    continue;
                }

                if (xml.NodeType == XmlNodeType.Element && (xml.LocalName == atoms.Rom || xml.LocalName == atoms.Disk))
                {
                    ReadRom(roms, values);
                }

                xml.Read();
            }
        }

        if (dropped > 0)
        {
            values.Add(DatLimits.TooManyRoms(firstDroppedLine, name ?? description ?? "", dropped));
        }

        // A game without a name attribute is known by its description (some converted DATs); empty when neither.
        var gameName = !string.IsNullOrWhiteSpace(name) ? name : description ?? "";
        return new DatGame(gameName, description, cloneOf, romOf, isBios == "yes", roms, line, values.Problems);
    }

    /// <summary>
    /// Adds the <c>&lt;rom&gt;</c> or <c>&lt;disk&gt;</c> the reader is on, its attributes read in one pass: not a
    /// software list's load instruction, and not past <see cref="DatLimits.MaxRomsPerGame"/> (those are counted).
    /// </summary>
    private void ReadRom(List<DatRom> roms, DatRomValues values)
    {
        var romLine = ((IXmlLineInfo)xml).LineNumber;
        var isDisk = xml.LocalName == atoms.Disk;
        string? name = null, size = null, crc = null, md5 = null, sha1 = null, status = null, loadFlag = null;
        while (xml.MoveToNextAttribute())
        {
            var attribute = xml.Name;
            if (attribute == atoms.Name)
            {
                name ??= xml.Value;
            }
            else if (attribute == atoms.Size)
            {
                size ??= xml.Value;
            }
            else if (attribute == atoms.Crc)
            {
                crc ??= xml.Value;
            }
            else if (attribute == atoms.Md5)
            {
                md5 ??= xml.Value;
            }
            else if (attribute == atoms.Sha1)
            {
                sha1 ??= xml.Value;
            }
            else if (attribute == atoms.Status)
            {
                status ??= xml.Value;
            }
            else if (attribute == atoms.LoadFlag)
            {
                loadFlag ??= xml.Value;
            }
        }

        xml.MoveToElement();
        var isLoadInstruction = loadFlag is not null && LoadInstructions.Contains(loadFlag) && string.IsNullOrEmpty(name);
        if (isLoadInstruction)
        {
            return;
        }

        if (roms.Count >= DatLimits.MaxRomsPerGame)
        {
            if (dropped++ == 0)
            {
                firstDroppedLine = romLine;
            }

            return;
        }

        roms.Add(values.Rom(name, size, crc, md5, sha1, status, isDisk, romLine));
    }

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
                : DatLimits.Bounded(error.Message);
            throw new DatParseException($"{source}: line {error.LineNumber}, column {error.LinePosition}: {reason}", error);
        }
    }
}
