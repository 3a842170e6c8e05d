using System.Buffers.Binary;
using RomCurator.Core.Archives;

namespace RomCurator.Core.Archives.Discs;

/// <summary>Recognises compressed disc images by their first bytes: CHD, CSO, ZSO, GCZ, and RVZ/WIA/NKit (recognised, not read).</summary>
public static class DiscSignature
{
    public static ArchiveKind? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("MComprHD"u8))
        {
            return ArchiveKind.Chd;
        }

        if (header.StartsWith("CISO"u8) && header.Length >= 24)
        {
            return ArchiveKind.Cso;
        }

        if (header.StartsWith("ZISO"u8) && header.Length >= 24)
        {
            return ArchiveKind.Zso;
        }

        if (header.Length >= 32 && BinaryPrimitives.ReadUInt32LittleEndian(header) == 0xB10BC001)
        {
            return ArchiveKind.Gcz;
        }

        if (header.StartsWith("RVZ\u0001"u8))
        {
            return ArchiveKind.Rvz;
        }

        if (header.StartsWith("WIA\u0001"u8))
        {
            return ArchiveKind.Wia;
        }

        return IsNkit(header) ? ArchiveKind.Nkit : null;
    }

    /// <summary>
    /// An NKit image: a GameCube (magic 0xC2339F3D at 0x1C) or Wii (0x5D1C9EA3 at 0x18) disc header with NKit's
    /// "NKIT" at 0x200, where a plain disc image has its own data.
    /// </summary>
    private static bool IsNkit(ReadOnlySpan<byte> header) =>
        header.Length >= 0x204 && header.Slice(0x200, 4).SequenceEqual("NKIT"u8)
        && (BinaryPrimitives.ReadUInt32BigEndian(header[0x1C..]) == 0xC2339F3D || BinaryPrimitives.ReadUInt32BigEndian(header[0x18..]) == 0x5D1C9EA3);

    public static bool IsDisc(ArchiveKind kind) => kind is ArchiveKind.Chd or ArchiveKind.Cso or ArchiveKind.Zso or ArchiveKind.Gcz or ArchiveKind.Rvz or ArchiveKind.Wia
        or ArchiveKind.Nkit;
}
