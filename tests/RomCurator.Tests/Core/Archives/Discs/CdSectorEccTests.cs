using RomCurator.Core.Archives.Discs.Cd;

namespace RomCurator.Tests.Core.Archives.Discs;

/// <summary>
/// The vectorised P/Q parity equals ECMA-130's column-by-column definition (written out here one byte at a time)
/// on random sectors, and a sector whose parity is regenerated is valid while a changed byte makes it invalid.
/// </summary>
public sealed class CdSectorEccTests
{
    [Test]
    public async Task Regenerated_parity_equals_the_bytewise_definition_on_random_sectors()
    {
        var random = new Random(2352);
        for (var round = 0; round < 200; round++)
        {
            var sector = new byte[CdSectorEcc.SectorSize];
            random.NextBytes(sector);
            var expected = (byte[])sector.Clone();
            Bytewise(expected);

            CdSectorEcc.Regenerate(sector);

            await Assert.That(Convert.ToHexString(sector)).IsEqualTo(Convert.ToHexString(expected));
        }
    }

    [Test]
    public async Task A_regenerated_sector_is_valid_and_a_changed_byte_is_not()
    {
        var sector = new byte[CdSectorEcc.SectorSize];
        new Random(7).NextBytes(sector);
        CdSectorEcc.Regenerate(sector);
        await Assert.That(CdSectorEcc.IsValid(sector)).IsTrue();
        sector[1000] ^= 0x40;
        await Assert.That(CdSectorEcc.IsValid(sector)).IsFalse();
    }

    private static void Bytewise(byte[] sector)
    {
        var forward = new byte[256];
        var backward = new byte[256];
        for (var i = 0; i < 256; i++)
        {
            var doubled = (i << 1) ^ ((i & 0x80) != 0 ? 0x11D : 0);
            forward[i] = (byte)doubled;
            backward[i ^ doubled] = (byte)i;
        }

        byte[] sync = [0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00];
        sync.CopyTo(sector, 0);
        Block(86, 24, 2, 86, 2076);
        Block(52, 43, 86, 88, 2248);

        void Block(int majorCount, int minorCount, int majorMultiplier, int minorIncrement, int destination)
        {
            var size = majorCount * minorCount;
            for (var major = 0; major < majorCount; major++)
            {
                var index = (major >> 1) * majorMultiplier + (major & 1);
                byte a = 0, b = 0;
                for (var minor = 0; minor < minorCount; minor++)
                {
                    var value = sector[12 + index];
                    index += minorIncrement;
                    if (index >= size)
                    {
                        index -= size;
                    }

                    a ^= value;
                    b ^= value;
                    a = forward[a];
                }

                a = backward[forward[a] ^ b];
                sector[destination + major] = a;
                sector[destination + major + majorCount] = (byte)(a ^ b);
            }
        }
    }
}
