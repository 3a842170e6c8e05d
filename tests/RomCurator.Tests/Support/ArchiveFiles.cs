using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;

namespace RomCurator.Tests.Support;

/// <summary>
/// Builds real archives in a temp folder: zip/tar/gz in-process, 7z, bz2, xz and encrypted ones with the 7z and
/// zip tools (Debian packages p7zip-full and zip).
/// </summary>
public sealed class ArchiveFiles(TempDirectory folder)
{
    public string Zip(string name, params (string Name, byte[] Content)[] members) =>
        Zip(name, CompressionLevel.Optimal, members);

    /// <summary>A zip whose members are stored uncompressed: their bytes sit in the file as they are.</summary>
    public string StoredZip(string name, params (string Name, byte[] Content)[] members) =>
        Zip(name, CompressionLevel.NoCompression, members);

    public string Tar(string name, bool gzip, params (string Name, byte[] Content)[] members)
    {
        var path = folder.File(name);
        using var file = File.Create(path);
        using Stream output = gzip ? new GZipStream(file, CompressionLevel.Optimal) : file;
        WriteTar(output, members);
        return path;
    }

    /// <summary>A tar compressed with bzip2 or xz (<paramref name="type"/> is 7z's -t switch: "bzip2" or "xz").</summary>
    public string CompressedTar(string name, string type, params (string Name, byte[] Content)[] members)
    {
        using var tar = new MemoryStream();
        WriteTar(tar, members);
        return Compressed(name, type, "a.tar", tar.ToArray());
    }

    public string Gzip(string name, params byte[][] parts)
    {
        var path = folder.File(name);
        using var file = File.Create(path);
        // Each part is its own gzip member (one part: an ordinary .gz file).
        foreach (var part in parts)
        {
            using var gzip = new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true);
            gzip.Write(part);
        }

        return path;
    }

    /// <summary>One file compressed by the 7z tool as bzip2 or xz (<paramref name="type"/>: "bzip2" or "xz").</summary>
    public string Compressed(string name, string type, string memberName, byte[] content)
    {
        var source = StageMembers([(memberName, content)]);
        var path = folder.File(name);
        Run("7z", source, ["a", "-bd", "-bso0", "-bsp0", "-t" + type, path, memberName]);
        return path;
    }

    /// <summary>A 7z archive (optionally encrypted, optionally with encrypted headers) made by the 7z tool.</summary>
    public string SevenZip(string name, string? password, bool encryptHeaders, params (string Name, byte[] Content)[] members)
    {
        List<string> switches = password is null ? [] : ["-p" + password, encryptHeaders ? "-mhe=on" : "-mhe=off"];
        return SevenZipWith(name, switches, members);
    }

    /// <summary>A 7z archive whose members are stored (-m0=Copy) right after the 32-byte signature header.</summary>
    public string StoredSevenZip(string name, params (string Name, byte[] Content)[] members) =>
        SevenZipWith(name, ["-m0=Copy"], members);

    /// <summary>A ZipCrypto-encrypted zip made by the zip tool (stored: then only the CRC can tell a wrong password).</summary>
    public string EncryptedZip(string name, string password, params (string Name, byte[] Content)[] members) =>
        EncryptedZip(name, password, stored: false, members);

    public string EncryptedZip(string name, string password, bool stored, params (string Name, byte[] Content)[] members)
    {
        var source = StageMembers(members);
        var path = folder.File(name);
        Run("zip", source, ["-q", stored ? "-0" : "-6", "-P", password, path, .. members.Select(m => m.Name)]);
        return path;
    }

    /// <summary>A WinZip-AES (AES-256) encrypted zip made by the 7z tool.</summary>
    public string AesZip(string name, string password, params (string Name, byte[] Content)[] members) =>
        SevenZipWith(name, ["-tzip", "-p" + password, "-mem=AES256"], members);

    private string Zip(string name, CompressionLevel level, (string Name, byte[] Content)[] members)
    {
        var path = folder.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (member, content) in members)
        {
            using var stream = zip.CreateEntry(member, level).Open();
            stream.Write(content);
        }

        return path;
    }

    private static void WriteTar(Stream output, (string Name, byte[] Content)[] members)
    {
        using var tar = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true);
        foreach (var (member, content) in members)
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, member) { DataStream = new MemoryStream(content) });
        }
    }

    /// <summary>An archive made by the 7z tool with the given switches (-t type, -m methods, -p password…).</summary>
    public string SevenZipWith(string name, IEnumerable<string> switches, (string Name, byte[] Content)[] members)
    {
        var source = StageMembers(members);
        var path = folder.File(name);
        Run("7z", source, ["a", "-bd", "-bso0", "-bsp0", .. switches, path, .. members.Select(m => m.Name)]);
        return path;
    }

    private string StageMembers((string Name, byte[] Content)[] members)
    {
        var source = folder.File("src-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(source);
        foreach (var (member, content) in members)
        {
            var file = Path.Combine(source, member);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, content);
        }

        return source;
    }

    private static void Run(string tool, string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(tool) { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start (install p7zip-full and zip)");
        process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error}");
        }
    }
}
