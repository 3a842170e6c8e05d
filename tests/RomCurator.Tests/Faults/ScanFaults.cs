using RomCurator.Tests.Support;

namespace RomCurator.Tests.Faults;

/// <summary>
/// A rescan of a library that changed since its first scan: files new, changed, deleted and moved by hand to where
/// the organizer puts them, plain files, zips, a zip inside a zip, a damaged zip and a file named .zip that is not
/// one; Game Boy and NES DATs so the scan also matches by hash and by title. Batches of one file, so every run
/// passes each crash point equally often.
/// </summary>
public sealed class ScanFaults : FaultOperation
{
    public override string Name => "scan";

    public override string Fixture =>
        "a rescan (scan.batchSize 1) of a library scanned once and changed since (files new, changed, deleted, and moved by hand " +
        "to their organized place), with zips, a zip inside a zip, a damaged zip and a non-zip named .zip; Game Boy and NES DATs " +
        "matched by hash and by title";

    public override IReadOnlyList<string> Arguments(FaultWorkspace workspace) => ["scan", "--json"];

    public override void Build(FaultWorkspace workspace)
    {
        workspace.Write("config/romcurator/config.json", """{ "scan": { "batchSize": 1 } }""");
        var gb = new ClrMameProDat("Nintendo - Game Boy", "20260101");
        var nes = new ClrMameProDat("Nintendo - Nintendo Entertainment System", "20260101");
        for (var i = 0; i < 12; i++)
        {
            var rom = Fixtures.Bytes(4096 + i, 100 + i);
            workspace.Write($"lib/gb/g{i:00}.gb", rom);
            gb.Game($"Game {i:00} (USA)", $"Game {i:00} (USA).gb", rom);
        }

        for (var i = 0; i < 6; i++)
        {
            var rom = Fixtures.Bytes(8192 + i, 200 + i);
            workspace.Write($"lib/nes/n{i:00}.nes", rom);
            nes.Game($"Quest {i:00} (Europe)", $"Quest {i:00} (Europe).nes", rom);
        }

        // Known to the DAT only by title: the scan suggests (or links) it by name.
        workspace.Write("lib/gb/Title Match (Europe).gb", Fixtures.Bytes(5000, 300));
        gb.Game("Title Match (Europe)", "Title Match (Europe).gb", 5000, "00000000", new string('0', 39) + "1");

        var packed = Enumerable.Range(0, 3).Select(i => Fixtures.Bytes(2048 + i, 400 + i)).ToArray();
        workspace.Write("lib/packs/pack.zip", Fixtures.Zip(("a.gb", packed[0]), ("b.gb", packed[1]), ("c.nes", packed[2])));
        gb.Game("Packed A (Japan)", "Packed A (Japan).gb", packed[0]);
        var inner = Fixtures.Zip(("x.gb", Fixtures.Bytes(3000, 500)), ("y.gb", Fixtures.Bytes(3001, 501)));
        workspace.Write("lib/packs/nested.zip", Fixtures.Zip(("inner.zip", inner), ("readme.txt", "a nested archive"u8.ToArray())));
        var broken = Fixtures.Zip(("cut.gb", Fixtures.Bytes(20000, 600)));
        workspace.Write("lib/packs/broken.zip", broken[..(broken.Length / 2)]);
        workspace.Write("lib/packs/notzip.zip", Fixtures.Bytes(1500, 700));

        // Scanned by a later scan only.
        for (var i = 0; i < 7; i++)
        {
            gb.Game($"Later {i} (USA)", $"Later {i} (USA).gb", Fixtures.Bytes(6000 + i, 800 + i));
        }

        workspace.Write("dats/gb.dat", gb.ToString());
        workspace.Write("dats/nes.dat", nes.ToString());
        workspace.Cli("dat", "import", workspace.Home + "/dats/gb.dat", workspace.Home + "/dats/nes.dat");
        workspace.Cli("roots", "add", workspace.Library, "--name", FaultWorkspace.RootName);
        workspace.Cli("scan");

        // Changed since: one deleted, one rewritten, one moved by hand to its organized place, new files and a new zip.
        var later = ScanFixtureTime.AddHours(1);
        File.Delete(workspace.Library + "/gb/g00.gb");
        File.WriteAllBytes(workspace.Library + "/gb/g01.gb", Fixtures.Bytes(4500, 901));
        File.SetLastWriteTimeUtc(workspace.Library + "/gb/g01.gb", later);
        Directory.CreateDirectory(workspace.Library + "/Nintendo - Game Boy/USA");
        File.Move(workspace.Library + "/gb/g02.gb", workspace.Library + "/Nintendo - Game Boy/USA/Game 02 (USA).gb");
        for (var i = 0; i < 7; i++)
        {
            workspace.Write($"lib/new/later{i}.gb", Fixtures.Bytes(6000 + i, 800 + i));
        }

        workspace.Write("lib/new/bundle.zip", Fixtures.Zip(
            ("one.nes", Fixtures.Bytes(2500, 950)),
            ("deeper.zip", Fixtures.Zip(("two.gb", Fixtures.Bytes(2600, 951))))));
    }

    private static DateTime ScanFixtureTime => Support.ScanFixture.FixedTime;
}
