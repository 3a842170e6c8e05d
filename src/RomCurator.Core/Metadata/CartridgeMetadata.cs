using System.Buffers.Binary;

namespace RomCurator.Core.Metadata;

/// <summary>
/// Reads what cartridge headers say, where it is safe to: NES (mapper, PRG/CHR sizes), SNES (internal title,
/// region, checksum), Game Boy (title, CGB flag, licensee, header checksum), GBA (title, game code), N64
/// (byte order, title, ID) and Mega Drive (console, titles, region). Keys are "system.field".
/// </summary>
public static class CartridgeMetadata
{
    private static readonly byte[] GameBoyLogoStart = [0xCE, 0xED, 0x66, 0x66];

    public static IReadOnlyDictionary<string, string> Read(ReadOnlySpan<byte> head, long size, string? headerKind)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (headerKind is "ines" or "nes2.0")
        {
            Nes(head, headerKind, values);
        }
        else if (N64ByteOrder(head) is { } order)
        {
            N64(head, order, values);
        }
        else if (head.Length >= 0x150 && head[0x104..0x108].SequenceEqual(GameBoyLogoStart))
        {
            GameBoy(head, values);
        }
        else if (head.Length >= 0xC0 && head[0xB2] == 0x96 && head[3] == 0xEA)
        {
            GameBoyAdvance(head, values);
        }
        else if (head.Length >= 0x200 && HeaderText.Ascii(head[0x100..0x104]) is "SEGA")
        {
            MegaDrive(head, values);
        }
        else
        {
            Snes(head, size, headerKind == "snes-copier" ? 512 : 0, values);
        }

        return values;
    }

    private static void Nes(ReadOnlySpan<byte> h, string kind, Dictionary<string, string> values)
    {
        values["nes.header"] = kind;
        values["nes.mapper"] = ((h[6] >> 4) | (h[7] & 0xF0) | (kind == "nes2.0" ? (h[8] & 0x0F) << 8 : 0)).ToString();
        values["nes.prg_rom_kib"] = (h[4] * 16).ToString();
        values["nes.chr_rom_kib"] = (h[5] * 8).ToString();
        values["nes.mirroring"] = (h[6] & 0x08) != 0 ? "four-screen" : (h[6] & 0x01) != 0 ? "vertical" : "horizontal";
        values["nes.battery"] = (h[6] & 0x02) != 0 ? "yes" : "no";
    }

    private static void Snes(ReadOnlySpan<byte> h, long size, int copier, Dictionary<string, string> values)
    {
        foreach (var (offset, layout) in new[] { (0x7FC0, "LoROM"), (0xFFC0, "HiROM") })
        {
            var at = copier + offset;
            if (h.Length < at + 0x20 || size < at + 0x20)
            {
                continue;
            }

            var header = h.Slice(at, 0x20);
            var complement = BinaryPrimitives.ReadUInt16LittleEndian(header[0x1C..]);
            var checksum = BinaryPrimitives.ReadUInt16LittleEndian(header[0x1E..]);
            if ((ushort)(complement ^ checksum) != 0xFFFF || HeaderText.Ascii(header[..21]) is not { } title)
            {
                continue;
            }

            values["snes.title"] = title;
            values["snes.layout"] = layout;
            values["snes.region"] = SnesRegion(header[0x19]);
            values["snes.checksum"] = checksum.ToString("x4");
            values["snes.version"] = header[0x1B].ToString();
            return;
        }
    }

    private static string SnesRegion(byte code) => code switch
    {
        0x00 => "Japan", 0x01 => "USA", 0x02 => "Europe", 0x03 => "Sweden", 0x06 => "France", 0x07 => "Netherlands",
        0x08 => "Spain", 0x09 => "Germany", 0x0A => "Italy", 0x0B => "China", 0x0D => "Korea", 0x0F => "Canada",
        0x10 => "Brazil", 0x11 => "Australia", _ => $"code {code:x2}",
    };

    private static void GameBoy(ReadOnlySpan<byte> h, Dictionary<string, string> values)
    {
        var cgb = h[0x143];
        var title = HeaderText.Ascii(cgb is 0x80 or 0xC0 ? h[0x134..0x143] : h[0x134..0x144]);
        if (title is not null)
        {
            values["gb.title"] = title;
        }

        values["gb.cgb"] = cgb switch { 0xC0 => "cgb-only", 0x80 => "cgb-enhanced", _ => "dmg" };
        values["gb.licensee"] = h[0x14B] == 0x33 ? HeaderText.Ascii(h[0x144..0x146]) ?? "" : h[0x14B].ToString("x2");
        byte sum = 0;
        for (var i = 0x134; i <= 0x14C; i++)
        {
            sum = (byte)(sum - h[i] - 1);
        }

        values["gb.header_checksum"] = sum == h[0x14D] ? "valid" : "invalid";
    }

    private static void GameBoyAdvance(ReadOnlySpan<byte> h, Dictionary<string, string> values)
    {
        if (HeaderText.Ascii(h[0xA0..0xAC]) is { } title)
        {
            values["gba.title"] = title;
        }

        if (HeaderText.Ascii(h[0xAC..0xB0]) is { Length: 4 } code)
        {
            values["gba.game_code"] = code;
        }

        if (HeaderText.Ascii(h[0xB0..0xB2]) is { } maker)
        {
            values["gba.maker"] = maker;
        }
    }

    private static string? N64ByteOrder(ReadOnlySpan<byte> h)
    {
        if (h.Length < 0x40)
        {
            return null;
        }

        return BinaryPrimitives.ReadUInt32BigEndian(h) switch
        {
            0x80371240 => "z64",
            0x37804012 => "v64",
            0x40123780 => "n64",
            _ => null,
        };
    }

    private static void N64(ReadOnlySpan<byte> raw, string order, Dictionary<string, string> values)
    {
        var h = new byte[0x40];
        for (var i = 0; i < 0x40; i++)
        {
            h[i] = order switch
            {
                "v64" => raw[i ^ 1],
                "n64" => raw[(i & ~3) + (3 - (i & 3))],
                _ => raw[i],
            };
        }

        values["n64.byte_order"] = order;
        if (HeaderText.Ascii(h.AsSpan(0x20, 20)) is { } title)
        {
            values["n64.title"] = title;
        }

        if (HeaderText.Ascii(h.AsSpan(0x3B, 4)) is { Length: 4 } id)
        {
            values["n64.id"] = id;
        }
    }

    private static void MegaDrive(ReadOnlySpan<byte> h, Dictionary<string, string> values)
    {
        values["md.console"] = HeaderText.Ascii(h[0x100..0x110]) ?? "SEGA";
        if (HeaderText.Ascii(h[0x120..0x150]) is { } domestic)
        {
            values["md.title_domestic"] = domestic;
        }

        if (HeaderText.Ascii(h[0x150..0x180]) is { } overseas)
        {
            values["md.title"] = overseas;
        }

        if (HeaderText.Ascii(h[0x1F0..0x1F3]) is { } region)
        {
            values["md.region"] = region;
        }
    }
}
