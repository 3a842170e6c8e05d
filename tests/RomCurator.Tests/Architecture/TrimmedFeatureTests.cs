using RomCurator.Tests.Support;

namespace RomCurator.Tests.Architecture;

/// <summary>
/// The published binary leaves out library code RomCurator never runs (src/RomCurator.Tui/Trimming.Substitutions.xml:
/// those entry points throw in the native build). Tests run the ordinary build, where they still work, so these rules
/// keep the sources from starting to use them: each names what the binary lacks.
/// </summary>
public sealed class TrimmedFeatureTests
{
    [Test]
    [Arguments("NonBacktracking", "the regex engine's non-backtracking mode (SymbolicRegexRunnerFactory)")]
    [Arguments("DtdProcessing.Parse", "DTD parsing (System.Xml.DtdParser); XML readers set DtdProcessing.Ignore")]
    public async Task No_source_uses_a_feature_the_binary_leaves_out(string usage, string leftOut)
    {
        var sources = ProductSources();
        var users = sources.Where(file => File.ReadAllText(file).Contains(usage, StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file))
            .ToList();

        await Assert.That(sources.Count).IsGreaterThan(100);
        await Assert.That(users).IsEmpty().Because($"the published binary has no {leftOut}");
    }

    [Test]
    public async Task Zstandard_is_only_decompressed()
    {
        var users = ProductSources()
            .Where(file => File.ReadAllText(file).Contains("SharpCompress.Compressors.ZStandard", StringComparison.Ordinal))
            .ToList();
        var compressing = users
            .Where(file => File.ReadAllText(file) is var text && (text.Contains("CompressionStream", StringComparison.Ordinal)
                || text.Contains("new Compressor", StringComparison.Ordinal)))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file))
            .ToList();

        await Assert.That(users).IsNotEmpty();
        await Assert.That(compressing).IsEmpty().Because("the published binary has no Zstandard block compressors");
    }

    [Test]
    public async Task The_substitutions_name_what_the_rules_above_protect()
    {
        var substitutions = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "RomCurator.Tui", "Trimming.Substitutions.xml"));

        await Assert.That(substitutions).Contains("System.Text.RegularExpressions.Symbolic.SymbolicRegexRunnerFactory");
        await Assert.That(substitutions).Contains("System.Xml.IDtdParser Create()");
        await Assert.That(substitutions).Contains("ZSTD_compressBlock_fast(");
    }

    private static List<string> ProductSources() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
}
