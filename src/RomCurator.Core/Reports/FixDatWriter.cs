using System.Text;
using System.Xml;
using Microsoft.Data.Sqlite;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Reports;

/// <summary>
/// Writes a Logiqx "fixdat": the games and ROMs a DAT lists that the library does not have (verified by hash),
/// for a ROM manager to fetch: never a <c>nodump</c> ROM (no one can have it), nor the cue or gdi of a disc game whose
/// tracks all match (<see cref="ReportQueries.WantedEntries"/>). Written to a temp file and renamed, so a failure never leaves half a file (a device such as
/// /dev/stdout is written straight through, see <see cref="ReplaceableOutput"/>).
/// </summary>
public sealed class FixDatWriter(SqliteConnection connection)
{
    public (long Games, long Roms) Write(string datName, string outputPath)
    {
        var dat = FindDat(datName) ?? throw new InvalidOperationException($"no imported DAT is named '{datName}' (see romcurator report)");
        using var destination = new ReplaceableOutput(outputPath);
        long games = 0, roms = 0;
        using (var output = destination.Create())
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("datafile");
            xml.WriteStartElement("header");
            xml.WriteElementString("name", Clean($"fix_{dat.Name}"));
            xml.WriteElementString("description", Clean($"Missing from the library: {dat.Name}"));
            xml.WriteElementString("version", Clean(dat.Version ?? ""));
            xml.WriteElementString("author", "romcurator");
            xml.WriteEndElement();

            string? currentGame = null;
            foreach (var entry in MissingEntries(dat.DatId))
            {
                if (entry.Game != currentGame)
                {
                    if (currentGame is not null)
                    {
                        xml.WriteEndElement();
                    }

                    xml.WriteStartElement("game");
                    xml.WriteAttributeString("name", Clean(entry.Game));
                    xml.WriteElementString("description", Clean(entry.Game));
                    currentGame = entry.Game;
                    games++;
                }

                xml.WriteStartElement(entry.Kind == "disk" ? "disk" : "rom");
                xml.WriteAttributeString("name", Clean(entry.Rom));
                if (entry.Size is { } size && entry.Kind != "disk")
                {
                    xml.WriteAttributeString("size", size.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                WriteOptional(xml, "crc", entry.Crc);
                WriteOptional(xml, "md5", entry.Md5);
                WriteOptional(xml, "sha1", entry.Sha1);
                xml.WriteEndElement();
                roms++;
            }

            if (currentGame is not null)
            {
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        destination.Complete();
        return (games, roms);
    }

    /// <summary>Drops characters XML cannot carry (a hostile DAT name can contain control characters).</summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(XmlConvert.IsXmlChar(c) ? c : '?');
        }

        return clean.ToString();
    }

    private static void WriteOptional(XmlWriter xml, string name, string? value)
    {
        if (value is not null)
        {
            xml.WriteAttributeString(name, value);
        }
    }

    private (long DatId, string Name, string? Version)? FindDat(string name) =>
        connection.Once("SELECT dat_id, name, version FROM dat_file WHERE name = $name COLLATE NOCASE").Bind("$name", name)
            .First(row => ((long DatId, string Name, string? Version)?)(row.Long("dat_id"), row.Text("name"), row.TextOrNull("version")));

    private IEnumerable<MissingEntry> MissingEntries(long datId)
    {
        var entries = connection.Once($"""
            WITH RECURSIVE {ReportQueries.PresentRoms}, {ReportQueries.HaveEntries}, {ReportQueries.WantedEntries}
            SELECT e.game_name, e.rom_name, e.entry_kind, e.rom_size, e.rom_crc32, e.rom_md5, e.rom_sha1
            FROM wanted w JOIN dat_entry e ON e.dat_entry_id = w.dat_entry_id WHERE w.dat_id = $dat AND NOT w.had
            ORDER BY e.game_name, e.rom_name
            """).Bind("$dat", datId)
            .Stream(row => new MissingEntry(row.Text("game_name"), row.Text("rom_name"), row.Text("entry_kind"), row.LongOrNull("rom_size"),
                row.TextOrNull("rom_crc32"), row.TextOrNull("rom_md5"), row.TextOrNull("rom_sha1")));
        foreach (var entry in entries)
        {
            yield return entry;
        }
    }

    private sealed record MissingEntry(string Game, string Rom, string Kind, long? Size, string? Crc, string? Md5, string? Sha1);
}
