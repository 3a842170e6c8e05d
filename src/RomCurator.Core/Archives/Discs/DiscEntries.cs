using RomCurator.Core.Archives;
using RomCurator.Core.Archives.Discs.Cd;
using RomCurator.Core.Archives.Discs.Chd;
using RomCurator.Core.Archives.Discs.Images;

namespace RomCurator.Core.Archives.Discs;

/// <summary>
/// The members of a compressed disc image, named as Redump names the uncompressed files: a CD or GD-ROM CHD gives
/// its generated .cue (.gdi) and one .bin (.raw) per track, a DVD CHD, CSO, ZSO or GCZ gives one .iso. Members are
/// decoded while they are hashed, never written anywhere. A CHD is read to its end before the enumeration counts as
/// done, so its data SHA-1 has been checked against the header; a hard-disk CHD has no members (its header SHA-1
/// identifies it).
/// </summary>
public static class DiscEntries
{
    public static IEnumerable<ArchiveEntry> Read(Stream stream, ArchiveKind kind, string containerName, CancellationToken cancellation)
    {
        var game = Path.GetFileNameWithoutExtension(containerName);
        return kind switch
        {
            ArchiveKind.Chd => Chd(stream, game, cancellation),
            ArchiveKind.Cso or ArchiveKind.Zso => Image(CsoImage.Open(stream), game, cancellation),
            ArchiveKind.Gcz => Image(GczImage.Open(stream), game, cancellation),
            ArchiveKind.Nkit => throw new DiscNotReadException("not read: NKit (an NKit image is not the Redump image; NKit can restore it)"),
            _ => throw new DiscNotReadException($"not read: {kind.ToString().ToUpperInvariant()} disc images are recognised but not decoded"),
        };
    }

    private static IEnumerable<ArchiveEntry> Image(BlockImage image, string game, CancellationToken cancellation)
    {
        yield return new ArchiveEntry(game + ".iso", image.Size, image.CompressedSize, null, false, null, () => new BlockImageStream(image, cancellation));
    }

    private static IEnumerable<ArchiveEntry> Chd(Stream stream, string game, CancellationToken cancellation)
    {
        var image = ChdImage.Open(stream);
        if (image.Tracks.Count == 0 && !image.IsDvd)
        {
            yield break;
        }

        var readers = Enumerable.Range(0, ChdDataCursor.WorkerCount).Select(_ => new ChdHunkReader(stream, image.Header, image.Map)).ToList();
        using var disposeReaders = new DisposeAll(readers);
        using var cursor = new ChdDataCursor(readers, image.Header, image.Metadata, cancellation);
        if (image.IsDvd)
        {
            yield return new ArchiveEntry(game + ".iso", image.Header.LogicalBytes, 0, null, false, null,
                () => new ChdLogicalStream(cursor, image.Header.LogicalBytes));
        }
        else
        {
            var sheet = image.IsGdRom ? GdiWriter.Write(game, image.Tracks) : CueSheetWriter.Write(game, image.Tracks);
            yield return new ArchiveEntry(game + (image.IsGdRom ? ".gdi" : ".cue"), sheet.Length, 0, null, false, null,
                () => new MemoryStream(sheet, false));
            foreach (var track in image.Tracks)
            {
                var name = DiscTrackNames.Track(game, track, image.Tracks.Count, image.IsGdRom);
                yield return new ArchiveEntry(name, track.Bytes, 0, null, false, null,
                    () => new ChdTrackStream(cursor, track, image.Header.UnitBytes));
            }
        }

        cursor.Finish();
    }

    private sealed class DisposeAll(IEnumerable<IDisposable> items) : IDisposable
    {
        public void Dispose()
        {
            foreach (var item in items)
            {
                item.Dispose();
            }
        }
    }
}
