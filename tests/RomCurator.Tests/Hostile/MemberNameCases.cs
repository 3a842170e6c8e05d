using static RomCurator.Tests.Hostile.CaseSteps;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// Archive members with hostile names: path traversal, absolute paths, NUL, newline, invalid UTF-8. Nothing is
/// ever extracted, so a name is only data: it must be recorded as it is and never become a path on disk.
/// </summary>
public static class MemberNameCases
{
    public static IEnumerable<HostileCase> All() =>
    [
        new("member named ../../x", "a zip with members '../../escape.nes' and '..\\..\\win.nes'", "'../../escape.nes', '../../win.nes'",
            w => ScanWith(w, "slip.zip", Zip(w, "slip.zip", "../../escape.nes", "..\\..\\win.nes"), Members("slip.zip"))),
        new("member with an absolute path", "a zip with members '/etc/cron.d/evil' and 'C:/evil.nes'", "'/etc/cron.d/evil', 'C:/evil.nes'",
            w => ScanWith(w, "absolute.zip", Zip(w, "absolute.zip", "/etc/cron.d/evil", "C:/evil.nes"), Members("absolute.zip"))),
        new("tar member with ../ and absolute paths", "a tar with members '../../escape.nes' and '/tmp/absolute.nes'", "'../../escape.nes', '/tmp/absolute.nes'",
            w => ScanWith(w, "slip.tar", File.ReadAllBytes(w.Archives.Tar("slip.tar", false, ("../../escape.nes", Data(100, 1)), ("/tmp/absolute.nes", Data(100, 2)))),
                Members("slip.tar"))),
        new("member name with NUL and newline", "a zip with members 'nul\\0name.nes' and 'new\\nline.nes'", "'nul\u0000name.nes', 'new\nline.nes'",
            w => ScanWith(w, "control.zip", Zip(w, "control.zip", "nul\0name.nes", "new\nline.nes"), Members("control.zip"))),
        new("member name of invalid UTF-8", "a zip whose member name has the bytes ff fe (not UTF-8) and the UTF-8 flag set", "'bad\ufffd\ufffd.nes'",
            w => ScanWith(w, "utf8.zip", InvalidUtf8Name(w), Members("utf8.zip"))),
    ];

    private static byte[] Zip(HostileWorkspace workspace, string name, params string[] members) =>
        File.ReadAllBytes(workspace.Archives.Zip(name, [.. members.Select((m, i) => (m, Data(100, i)))]));

    /// <summary>A zip whose one member name is patched, in the local and central headers, to 'bad\xff\xfe.nes'.</summary>
    private static byte[] InvalidUtf8Name(HostileWorkspace workspace)
    {
        // 'é' makes System.IO.Compression set the UTF-8 flag (bit 11); its two bytes are then replaced by ff fe.
        var zip = Zip(workspace, "utf8-source.zip", "badé.nes");
        var placeholder = "badé.nes"u8.ToArray();
        for (var at = IndexOf(zip, placeholder, 0); at >= 0; at = IndexOf(zip, placeholder, at + 1))
        {
            zip[at + 3] = 0xFF;
            zip[at + 4] = 0xFE;
        }

        return zip;
    }

    private static int IndexOf(byte[] data, byte[] pattern, int from)
    {
        var found = data.AsSpan(from).IndexOf(pattern);
        return found < 0 ? -1 : from + found;
    }
}
