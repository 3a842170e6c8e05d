using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;

namespace RomCurator.Tests.Support;

/// <summary>Builds real archives in a temp folder: zip/tar/gz in-process, 7z and encrypted ones with the 7z and zip tools.</summary>
public sealed class ArchiveFiles(TempDirectory folder)
{
    public string Zip(string name, params (string Name, byte[] Content)[] members)
    {
        var path = folder.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (member, content) in members)
        {
            using var stream = zip.CreateEntry(member, CompressionLevel.Optimal).Open();
            stream.Write(content);
        }

        return path;
    }

    public string Tar(string name, bool gzip, params (string Name, byte[] Content)[] members)
    {
        var path = folder.File(name);
        using var file = File.Create(path);
        using Stream output = gzip ? new GZipStream(file, CompressionLevel.Optimal) : file;
        using var tar = new TarWriter(output, TarEntryFormat.Pax);
        foreach (var (member, content) in members)
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, member) { DataStream = new MemoryStream(content) });
        }

        return path;
    }

    public string Gzip(string name, byte[] content)
    {
        var path = folder.File(name);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        gzip.Write(content);
        return path;
    }

    /// <summary>A 7z archive (optionally encrypted, optionally with encrypted headers) made by the 7z tool.</summary>
    public string SevenZip(string name, string? password, bool encryptHeaders, params (string Name, byte[] Content)[] members)
    {
        var source = StageMembers(members);
        var path = folder.File(name);
        var args = new List<string> { "a", "-bd", "-bso0", "-bsp0", path };
        if (password is not null)
        {
            args.Add("-p" + password);
            args.Add(encryptHeaders ? "-mhe=on" : "-mhe=off");
        }

        args.AddRange(members.Select(m => m.Name));
        Run("7z", source, args);
        return path;
    }

    /// <summary>A ZipCrypto-encrypted zip made by the zip tool.</summary>
    public string EncryptedZip(string name, string password, params (string Name, byte[] Content)[] members)
    {
        var source = StageMembers(members);
        var path = folder.File(name);
        Run("zip", source, ["-q", "-P", password, path, .. members.Select(m => m.Name)]);
        return path;
    }

    private string StageMembers((string Name, byte[] Content)[] members)
    {
        var source = folder.File("src-" + Guid.NewGuid().ToString("N"));
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
