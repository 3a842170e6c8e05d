using RomCurator.Core.Library;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Library;

public sealed class LibraryRootStoreTests
{
    [Test]
    public async Task Adding_stores_the_canonical_path_and_the_folder_name()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.File("SNES Games"));

        var root = new LibraryRootStore(database.Connection).Add(folder.File("SNES Games") + "/./");

        await Assert.That(root.Name).IsEqualTo("SNES Games");
        await Assert.That(root.Path).IsEqualTo(folder.File("SNES Games"));
        await Assert.That(root.IsActive).IsTrue();
    }

    [Test]
    public async Task A_missing_folder_a_file_and_overlapping_roots_are_refused()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var store = new LibraryRootStore(database.Connection);
        Directory.CreateDirectory(folder.File("roms/snes"));
        var file = folder.Write("notes.txt", "x");
        store.Add(folder.File("roms"));

        await Assert.That(() => store.Add(folder.File("absent"))).Throws<RootValidationException>().WithMessageContaining("does not exist");
        await Assert.That(() => store.Add(file)).Throws<RootValidationException>().WithMessageContaining("is a file");
        await Assert.That(() => store.Add(folder.File("roms/snes"))).Throws<RootValidationException>().WithMessageContaining("inside the root");
        await Assert.That(() => store.Add(folder.Path)).Throws<RootValidationException>().WithMessageContaining("contains the root");
        await Assert.That(() => store.Add(folder.File("roms"))).Throws<RootValidationException>().WithMessageContaining("already the root");
    }

    [Test]
    public async Task A_symlink_to_an_existing_root_is_recognised()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var store = new LibraryRootStore(database.Connection);
        Directory.CreateDirectory(folder.File("real"));
        Directory.CreateSymbolicLink(folder.File("alias"), folder.File("real"));
        store.Add(folder.File("real"));

        await Assert.That(() => store.Add(folder.File("alias"))).Throws<RootValidationException>().WithMessageContaining("already the root");
    }

    [Test]
    public async Task Platform_hints_resolve_through_aliases_and_unknown_ones_are_refused()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.File("a"));
        Directory.CreateDirectory(folder.File("b"));
        var store = new LibraryRootStore(database.Connection);

        var root = store.Add(folder.File("a"), platformName: "Super Famicom");

        await Assert.That(root.PlatformName).IsEqualTo("Nintendo - Super Nintendo Entertainment System");
        await Assert.That(() => store.Add(folder.File("b"), platformName: "Atari 9000")).Throws<RootValidationException>().WithMessageContaining("unknown platform");
    }

    [Test]
    public async Task Removing_deactivates_and_adding_again_reactivates_the_same_row()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.File("gb"));
        var store = new LibraryRootStore(database.Connection);
        var added = store.Add(folder.File("gb"));

        store.Remove("gb");
        var hidden = store.List();
        var all = store.List(includeInactive: true);
        var again = store.Add(folder.File("gb"), name: "gameboy");

        await Assert.That(hidden).IsEmpty();
        await Assert.That(all.Single().IsActive).IsFalse();
        await Assert.That(again.RootId).IsEqualTo(added.RootId);
        await Assert.That(again.Name).IsEqualTo("gameboy");
        await Assert.That(() => store.Remove("nope")).Throws<RootValidationException>();
    }

    [Test]
    public async Task Two_roots_cannot_share_a_name()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.File("x/roms"));
        Directory.CreateDirectory(folder.File("y/roms"));
        var store = new LibraryRootStore(database.Connection);
        store.Add(folder.File("x/roms"));

        await Assert.That(() => store.Add(folder.File("y/roms"))).Throws<RootValidationException>().WithMessageContaining("--name");
    }
}
