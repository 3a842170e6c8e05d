using System.Buffers.Binary;
using RomCurator.Core.Archives;

namespace RomCurator.Core.Archives.Discs;

/// <summary>Recognises compressed disc images by their first bytes: CHD, CSO, ZSO, GCZ, and RVZ/WIA (recognised, not read).</summary>
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

        return header.StartsWith("WIA\u0001"u8) ? ArchiveKind.Wia : null;
    }

    public static bool IsDisc(ArchiveKind kind) => kind is ArchiveKind.Chd or ArchiveKind.Cso or ArchiveKind.Zso or ArchiveKind.Gcz or ArchiveKind.Rvz or ArchiveKind.Wia;
}
