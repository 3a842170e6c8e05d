using RomCurator.Core.Archives;

namespace RomCurator.Core.Classification;

/// <summary>
/// Classifies a file by the extension registry and confirms archives by their signature: a ".zip" that is not
/// a zip is hashed as a plain file (with a warning), and a zip named ".bin" is still opened as an archive.
/// </summary>
public sealed class FileClassifier(ExtensionRegistry registry)
{
    public FileClassification Classify(string fileName, ReadOnlySpan<byte> header)
    {
        var info = registry.Find(fileName);
        var kind = ArchiveSignature.Detect(header);
        string? warning = null;
        if (info is { IsArchive: true } && kind is null)
        {
            warning = $"named .{info.Extension} but its content is not an archive; hashed as a plain file";
        }

        var role = kind is not null && info is { IsArchive: true } ? ContentRoles.Rom : ContentRoles.For(info);
        return new FileClassification(info, role, kind, warning);
    }
}
