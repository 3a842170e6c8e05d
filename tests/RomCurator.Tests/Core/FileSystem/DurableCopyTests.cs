using RomCurator.Core.FileSystem;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.FileSystem;

/// <summary>
/// The organizer's copy across file systems opens its source the checked way and writes only into a folder checked to
/// be inside the root: a FIFO that took the source's name is refused without being opened (the kernel's open
/// notification, inotify, is the witness), a link is refused and its target never opened, a folder on either side
/// swapped for a link out of the root redirects nothing. Each refusal is one IOException (the move's one recorded
/// line), with the source left in place and nothing created.
/// </summary>
public sealed class DurableCopyTests
{
    [Test]
    public async Task A_regular_file_is_copied_verified_and_put_in_place_with_no_partial_left()
    {
        using var root = new TempDirectory();
        var bytes = ArchiveListings.Data(3 << 20, 5);
        var source = root.File("game.bin");
        await File.WriteAllBytesAsync(source, bytes);
        Directory.CreateDirectory(root.File("sorted"));
        var destination = root.File("sorted/game.bin");

        DurableCopy.Copy(source, destination, ArchiveListings.Sha1(bytes), RealPath.TryResolve(root.Path), CancellationToken.None);

        await Assert.That((await File.ReadAllBytesAsync(destination)).SequenceEqual(bytes)).IsTrue();
        await Assert.That(File.Exists(source)).IsTrue().Because("the caller removes the source, not the copy");
        await Assert.That(Directory.GetFiles(root.File("sorted"))).IsEquivalentTo([destination]);
    }

    [Test]
    public async Task A_copy_that_does_not_match_is_refused_with_the_real_destination_in_its_message()
    {
        using var root = new TempDirectory();
        var source = root.Write("game.bin", "content");
        Directory.CreateDirectory(root.File("sorted"));
        var destination = root.File("sorted/game.bin");

        var error = Assert.Throws<IOException>(() => DurableCopy.Copy(source, destination, new string('0', 40), RealPath.TryResolve(root.Path), CancellationToken.None));

        await Assert.That(error.Message).Contains($"'{destination}' does not match the original");
        await Assert.That(error.Message).DoesNotContain("/proc/");
        await Assert.That(Directory.GetFiles(root.File("sorted"))).IsEmpty();
    }

    [Test]
    public async Task A_fifo_in_place_of_the_source_is_refused_without_being_opened()
    {
        using var root = new TempDirectory();
        var source = root.File("game.bin");
        using var watch = await WatchedFifo.Watched(source);
        Directory.CreateDirectory(root.File("sorted"));

        // An open by name would block for ever here (no writer): the check must refuse it first.
        var error = Assert.Throws<IOException>(() => DurableCopy.Copy(source, root.File("sorted/game.bin"), new string('0', 40), RealPath.TryResolve(root.Path), CancellationToken.None));

        await Assert.That(error.Message).Contains("not a regular file");
        await Assert.That(error.Message).DoesNotContain("\n");
        await Assert.That(watch.Opened()).IsFalse().Because("the FIFO must be refused before anything opens it");
        await Assert.That(File.Exists(source)).IsTrue().Because("the source is left in place");
        await Assert.That(Directory.GetFiles(root.File("sorted"))).IsEmpty();
    }

    [Test]
    public async Task A_link_in_place_of_the_source_is_refused_and_its_target_never_opened()
    {
        using var root = new TempDirectory();
        using var elsewhere = new TempDirectory();
        var secret = elsewhere.Write("secret.bin", "outside the root");
        var source = root.File("game.bin");
        File.CreateSymbolicLink(source, secret);
        Directory.CreateDirectory(root.File("sorted"));
        using var watch = OpenWatch.Start(secret);

        var error = Assert.Throws<IOException>(() => DurableCopy.Copy(source, root.File("sorted/game.bin"), ArchiveListings.Sha1("outside the root"u8.ToArray()),
            RealPath.TryResolve(root.Path), CancellationToken.None));

        await Assert.That(error.Message).Contains("symbolic link");
        await Assert.That(Directory.GetFiles(root.File("sorted"))).IsEmpty().Because("what the link points to is never copied");
        await Assert.That(new FileInfo(source).LinkTarget).IsEqualTo(secret);
        if (watch is not null)
        {
            await Assert.That(watch.Opened()).IsFalse();
        }
    }

    [Test]
    public async Task A_source_folder_swapped_for_a_link_out_of_the_root_is_refused()
    {
        using var root = new TempDirectory();
        using var elsewhere = new TempDirectory();
        var content = "outside the root"u8.ToArray();
        await File.WriteAllBytesAsync(elsewhere.File("game.bin"), content);
        Directory.CreateSymbolicLink(root.File("unsorted"), elsewhere.Path);
        Directory.CreateDirectory(root.File("sorted"));
        using var watch = OpenWatch.Start(elsewhere.File("game.bin"));

        var error = Assert.Throws<IOException>(() => DurableCopy.Copy(root.File("unsorted/game.bin"), root.File("sorted/game.bin"), ArchiveListings.Sha1(content),
            RealPath.TryResolve(root.Path), CancellationToken.None));

        await Assert.That(error.Message).Contains("outside its root");
        await Assert.That(Directory.GetFiles(root.File("sorted"))).IsEmpty();
        if (watch is not null)
        {
            await Assert.That(watch.Opened()).IsFalse();
        }
    }

    [Test]
    public async Task A_destination_folder_swapped_for_a_link_out_of_the_root_receives_nothing()
    {
        using var root = new TempDirectory();
        using var elsewhere = new TempDirectory();
        var content = "a game"u8.ToArray();
        var source = root.File("game.bin");
        await File.WriteAllBytesAsync(source, content);
        Directory.CreateSymbolicLink(root.File("sorted"), elsewhere.Path);

        var error = Assert.Throws<IOException>(() => DurableCopy.Copy(source, root.File("sorted/game.bin"), ArchiveListings.Sha1(content),
            RealPath.TryResolve(root.Path), CancellationToken.None));

        await Assert.That(error.Message).Contains("sorted");
        await Assert.That(Directory.GetFileSystemEntries(elsewhere.Path)).IsEmpty().Because("nothing is created outside the root");
        await Assert.That(File.Exists(source)).IsTrue();
    }

    [Test]
    public async Task A_destination_folder_on_the_way_swapped_for_a_link_out_of_the_root_receives_nothing()
    {
        using var root = new TempDirectory();
        using var elsewhere = new TempDirectory();
        var content = "a game"u8.ToArray();
        var source = root.File("game.bin");
        await File.WriteAllBytesAsync(source, content);
        Directory.CreateDirectory(elsewhere.File("Nintendo"));
        Directory.CreateSymbolicLink(root.File("sorted"), elsewhere.Path);

        var error = Assert.Throws<IOException>(() => DurableCopy.Copy(source, root.File("sorted/Nintendo/game.bin"), ArchiveListings.Sha1(content),
            RealPath.TryResolve(root.Path), CancellationToken.None));

        await Assert.That(error.Message).Contains("outside its root");
        await Assert.That(Directory.GetFileSystemEntries(elsewhere.File("Nintendo"))).IsEmpty().Because("nothing is created outside the root");
        await Assert.That(File.Exists(source)).IsTrue();
    }
}
