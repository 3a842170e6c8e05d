using RomCurator.Core.Archives.Discs.Cd;

namespace RomCurator.Core.Archives.Discs.Chd;

/// <summary>
/// An opened CHD v5: header, hunk map and metadata read and checked, tracks listed for CD and GD-ROM images.
/// Damage is an <see cref="InvalidDataException"/> with a sentence; what is recognised but not read (a parent CHD,
/// an unknown codec, another version) is a <see cref="DiscNotReadException"/>.
/// </summary>
public sealed class ChdImage
{
    private ChdImage(Stream file, ChdHeader header, ChdMapEntry[] map, IReadOnlyList<ChdMetadataEntry> metadata, IReadOnlyList<CdTrack> tracks)
    {
        File = file;
        Header = header;
        Map = map;
        Metadata = metadata;
        Tracks = tracks;
    }

    public Stream File { get; }

    public ChdHeader Header { get; }

    public ChdMapEntry[] Map { get; }

    public IReadOnlyList<ChdMetadataEntry> Metadata { get; }

    /// <summary>The CD or GD-ROM tracks; empty for DVD and hard-disk images.</summary>
    public IReadOnlyList<CdTrack> Tracks { get; }

    public bool IsGdRom => CdTrackList.IsGdRom(Metadata);

    public bool IsDvd => Metadata.Any(m => m.Tag == "DVD ");

    public static ChdImage Open(Stream file)
    {
        file.Position = 0;
        var head = new byte[ChdHeader.Length];
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var header = ChdHeader.Parse(head.AsSpan(0, read), file.Length);
        var metadata = ChdMetadataChain.Read(file, header);
        var map = ChdMapReader.Read(file, header);
        if (header.HasParent && map.Any(e => e.Kind == ChdMapEntry.Parent))
        {
            throw new DiscNotReadException($"needs its parent CHD (SHA-1 {Convert.ToHexStringLower(header.ParentSha1)}), which is not read");
        }

        for (var slot = 0; slot < 4; slot++)
        {
            if (header.Codecs[slot].Length > 0 && Codecs.ChdCodecs.Create(header.Codecs[slot], header.HunkBytes) is null)
            {
                throw new DiscNotReadException($"not read: CHD codec '{header.Codecs[slot]}' is not supported");
            }
        }

        var tracks = header.UnitBytes == Codecs.CdHunkCodec.FrameSize
            ? CdTrackList.Read(metadata, header.LogicalBytes / header.UnitBytes)
            : [];
        return new ChdImage(file, header, map, metadata, tracks);
    }
}
