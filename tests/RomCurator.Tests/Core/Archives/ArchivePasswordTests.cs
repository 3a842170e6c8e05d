using RomCurator.Core.Archives;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Support.ArchiveListings;

namespace RomCurator.Tests.Core.Archives;

/// <summary>Encrypted archives are opened with the first dictionary password that really decrypts a member.</summary>
public sealed class ArchivePasswordTests
{
    private static readonly byte[] Rom = Data(150_000, 1);
    private static readonly byte[] Other = Data(4_000, 2);

    [Test]
    [Arguments("zipcrypto")]
    [Arguments("aes")]
    [Arguments("7z")]
    [Arguments("7z-encrypted-headers")]
    public async Task An_encrypted_archive_needs_a_dictionary_password(string format)
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        (string, byte[])[] members = [("a.nes", Rom), ("b.nes", Other)];
        var archive = format switch
        {
            "zipcrypto" => files.EncryptedZip("locked.zip", "hunter2", members),
            "aes" => files.AesZip("locked.zip", "hunter2", members),
            _ => files.SevenZip("locked.7z", "hunter2", format == "7z-encrypted-headers", members),
        };

        var without = Enumerate(folder, archive);
        var wrong = Enumerate(folder, archive, passwords: PasswordDictionary.Of("nope", "also-nope", "hunter"));
        var right = Enumerate(folder, archive, passwords: PasswordDictionary.Of("nope", "hunter2", "later"));

        await Assert.That(without.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.PasswordRequired);
        await Assert.That(without.Problems.Single().Message).Contains("no password dictionary is configured");
        await Assert.That(without.Members).IsEmpty();
        await Assert.That(wrong.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.PasswordRequired);
        await Assert.That(wrong.Problems.Single().Message).IsEqualTo("encrypted, and none of the 3 dictionary passwords worked");
        await Assert.That(wrong.Members).IsEmpty();
        await Assert.That(wrong.PasswordUsed).IsNull();
        await Assert.That(right.Problems).IsEmpty();
        await Assert.That(right.PasswordUsed).IsEqualTo("hunter2");
        await AssertMember(right, "a.nes", Rom);
        await AssertMember(right, "b.nes", Other);
    }

    [Test]
    public async Task A_wrong_password_that_passes_zipcrypto_s_check_byte_is_still_refused()
    {
        using var folder = new TempDirectory();
        // Stored: no inflate error can give a wrong password away, only the CRC. ZipCrypto's one-byte check lets
        // 1 in 256 wrong passwords through: six of these 600 (wrong12, wrong221, …) read this member without error.
        var zip = new ArchiveFiles(folder).EncryptedZip("locked.zip", "right", stored: true, ("a.nes", Other));
        var wrong = Enumerable.Range(0, 600).Select(i => $"wrong{i}").ToArray();

        var refused = Enumerate(folder, zip, passwords: PasswordDictionary.Of(wrong));
        var opened = Enumerate(folder, zip, passwords: PasswordDictionary.Of([.. wrong, "right"]));

        await Assert.That(refused.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.PasswordRequired);
        await Assert.That(opened.PasswordUsed).IsEqualTo("right");
        await AssertMember(opened, "a.nes", Other);
    }

    [Test]
    public async Task Password_dictionaries_skip_blank_lines_and_report_unreadable_files()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("pw.txt", "one\n\n   \ntwo words\r\none\n");

        var loaded = PasswordDictionary.Load(file);
        var missing = PasswordDictionary.Load(folder.File("absent.txt"));
        var folderInstead = PasswordDictionary.Load(folder.Path);
        var none = PasswordDictionary.Load("");

        await Assert.That(loaded.Passwords).IsEquivalentTo(["one", "two words"]);
        await Assert.That(loaded.Problem).IsNull();
        await Assert.That(missing.Passwords).IsEmpty();
        await Assert.That(missing.Problem!).Contains("cannot be read");
        await Assert.That(folderInstead.Passwords).IsEmpty();
        await Assert.That(folderInstead.Problem).IsNotNull();
        await Assert.That(none.Passwords).IsEmpty();
        await Assert.That(none.Problem).IsNull();
    }
}
