using RomCurator.Tests.Support;
using static RomCurator.Tests.Hostile.CaseSteps;

namespace RomCurator.Tests.Hostile;

/// <summary>Encrypted zip, 7z and rar archives, with no password dictionary, a dictionary that misses, and one that hits.</summary>
public static class EncryptedArchiveCases
{
    private const string Member = "Secret (USA).gba";
    private const string Password = "open sesame";
    private static readonly byte[] Rom = Data(20_000, 12);

    public static IEnumerable<HostileCase> All() =>
    [
        new("zip, encrypted, no dictionary", "a ZipCrypto zip; archives.passwordDictionaryPath not set", "password_required: encrypted, and no password dictionary is configured",
            w => Scan(w, "locked.zip", Zip(w), null)),
        new("zip, encrypted, dictionary misses", "a ZipCrypto zip; a dictionary of two wrong passwords", "password_required: encrypted, and none of the 2 dictionary passwords worked",
            w => Scan(w, "locked.zip", Zip(w), "wrong\nalso wrong\n")),
        new("zip, encrypted, dictionary hits", "a ZipCrypto zip; the dictionary holds its password after a wrong one", $"'{Member}'",
            w => Scan(w, "locked.zip", Zip(w), $"wrong\n{Password}\n")),
        new("zip, AES, dictionary hits", "a WinZip-AES (AES-256) zip; the dictionary holds its password", $"'{Member}'",
            w => Scan(w, "aes.zip", File.ReadAllBytes(w.Archives.AesZip("aes.zip", Password, (Member, Rom))), $"wrong\n{Password}\n")),
        new("7z, encrypted headers, dictionary misses", "a 7z with encrypted file names (-mhe=on); a dictionary of two wrong passwords", "password_required: encrypted, and none of the 2 dictionary passwords worked",
            w => Scan(w, "locked.7z", SevenZip(w), "wrong\nalso wrong\n")),
        new("7z, encrypted headers, dictionary hits", "a 7z with encrypted file names; the dictionary holds its password", $"'{Member}'",
            w => Scan(w, "locked.7z", SevenZip(w), $"wrong\n{Password}\n")),
        new("rar, encrypted, dictionary misses", "a RAR 3 AES-128 encrypted member; a dictionary of two wrong passwords", "password_required: encrypted, and none of the 2 dictionary passwords worked",
            w => Scan(w, "locked.rar", RarFiles.Encrypt(Password, (Member, Rom)), "wrong\nalso wrong\n")),
        new("rar, encrypted, dictionary hits", "a RAR 3 AES-128 encrypted member; the dictionary holds its password", $"'{Member}'",
            w => Scan(w, "locked.rar", RarFiles.Encrypt(Password, (Member, Rom)), $"wrong\n{Password}\n")),
    ];

    private static byte[] Zip(HostileWorkspace workspace) => File.ReadAllBytes(workspace.Archives.EncryptedZip("locked.zip", Password, (Member, Rom)));

    private static byte[] SevenZip(HostileWorkspace workspace) => File.ReadAllBytes(workspace.Archives.SevenZip("locked.7z", Password, true, (Member, Rom)));

    /// <summary>Scans the archive with <paramref name="dictionary"/> as the password list (null: none configured).</summary>
    private static CaseOutcome Scan(HostileWorkspace workspace, string name, byte[] archive, string? dictionary)
    {
        if (dictionary is not null)
        {
            var path = workspace.Outside("passwords.txt", dictionary);
            workspace.Configure($$"""
                "archives": { "passwordDictionaryPath": {{System.Text.Json.JsonSerializer.Serialize(path)}} }
                """);
        }

        var opens = dictionary?.Contains(Password, StringComparison.Ordinal) == true;
        return ScanWith(workspace, name, archive, opens ? Members(name) : OperationLog(name));
    }
}
