using System.Security.Cryptography;
using System.Text;
using RomCurator.Core.Matching;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Matching;

/// <summary>
/// The stamp of kept matching state: the build compiles in the fingerprint of the engine's sources (present, and the
/// one these sources give: a change to any of them changes it, git or not); an assembly without it has no stamp.
/// </summary>
public sealed class CodeStampTests
{
    [Test]
    public async Task The_engine_carries_the_fingerprint_of_the_sources_it_was_built_from()
    {
        var fingerprint = CodeStamp.Fingerprint(typeof(CodeStamp).Assembly);

        await Assert.That(fingerprint).IsNotNull();
        await Assert.That(fingerprint!.Length).IsEqualTo(64);
        await Assert.That(fingerprint).IsEqualTo(SourcesFingerprint(RepositoryPaths.Root));
        await Assert.That(CodeStamp.Current).IsNotNull();
        await Assert.That(CodeStamp.Current!).Contains("src:" + fingerprint);
        await Assert.That(CodeStamp.Current!).StartsWith("0.");
    }

    [Test]
    public async Task A_change_to_any_one_source_changes_the_fingerprint()
    {
        var copy = Path.Combine(Path.GetTempPath(), "romcurator-stamp-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = Inputs(RepositoryPaths.Root);
            foreach (var file in files)
            {
                var target = Path.Combine(copy, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(RepositoryPaths.Root, file), target);
            }

            var original = SourcesFingerprint(copy);
            var changed = new List<string>();
            foreach (var file in new[] { "src/RomCurator.Core/Naming/", "src/RomCurator.Core/Matching/", "src/RomCurator.Core/Preferred/", "sql/" }
                         .Select(folder => files.First(f => f.StartsWith(folder, StringComparison.Ordinal))))
            {
                var path = Path.Combine(copy, file);
                var bytes = File.ReadAllBytes(path);
                File.AppendAllText(path, " ");
                changed.Add(SourcesFingerprint(copy));
                File.WriteAllBytes(path, bytes);
            }

            await Assert.That(files.Count).IsGreaterThan(100);
            await Assert.That(changed.Count).IsEqualTo(4);
            await Assert.That(changed.Distinct().Count()).IsEqualTo(4);
            await Assert.That(changed).DoesNotContain(original);
            await Assert.That(SourcesFingerprint(copy)).IsEqualTo(original).Because("the same sources again");
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Test]
    public async Task An_assembly_without_the_fingerprint_has_no_stamp()
    {
        await Assert.That(CodeStamp.Fingerprint(typeof(object).Assembly)).IsNull();
        await Assert.That(CodeStamp.Of(typeof(object).Assembly)).IsNull();
        await Assert.That(CodeStamp.Of(typeof(CodeStampTests).Assembly)).IsNull();
    }

    /// <summary>The build's inputs (SourceFingerprint.targets), relative to the repository, with '/'.</summary>
    private static List<string> Inputs(string root)
    {
        var core = Path.Combine(root, "src", "RomCurator.Core");
        var sources = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("src/RomCurator.Core/bin/", StringComparison.Ordinal)
                           && !path.StartsWith("src/RomCurator.Core/obj/", StringComparison.Ordinal));
        var migrations = Directory.EnumerateFiles(Path.Combine(root, "sql"), "*.sql").Select(path => "sql/" + Path.GetFileName(path));
        return [.. sources, "src/RomCurator.Core/RomCurator.Core.csproj", .. migrations];
    }

    /// <summary>What SourceFingerprint.targets computes: SHA-256 of "path\nsha256\n" per input, sorted ordinally.</summary>
    private static string SourcesFingerprint(string root)
    {
        var lines = Inputs(root)
            .Select(file => file + "\n" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, file)))) + "\n")
            .Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(lines))));
    }
}
