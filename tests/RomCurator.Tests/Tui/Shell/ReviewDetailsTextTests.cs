using RomCurator.Core.Review;
using RomCurator.Tui.Shell.Panes;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>The Review pane's details view shows the evidence: sizes with and without the header, header facts, the link, DAT ROM sizes, reasons, the runner-up.</summary>
public sealed class ReviewDetailsTextTests
{
    [Test]
    public async Task The_details_show_sizes_header_link_reasons_and_the_runner_up()
    {
        var details = new ReviewDetails("nes/SuperMarioBros3.nes", "ab12", "cd34", 393_232,
            [new("nes.mapper", "4")],
            [
                new("Super Mario Bros. 3 (USA)", 0.92, "same letters; rules: camelCase split; size matches without the header (384 KiB)", null, 7, [393_216]),
                new("Super Mario Bros. 3 (Europe)", 0.9, "same letters; other region", "rejected", 8, [393_216]),
            ],
            HeaderlessSize: 393_216, HeaderType: "ines", LinkedGame: "Super Mario Bros. 3 (USA)", LinkedConfidence: 0.92);

        var text = ReviewDetailsText.Render(details);

        await Assert.That(text).Contains("393,232 bytes (393,216 without its ines)");
        await Assert.That(text).Contains("Header: nes.mapper 4");
        await Assert.That(text).Contains("Linked automatically to Super Mario Bros. 3 (USA) (0.92)");
        await Assert.That(text).Contains("        DAT ROM 384 KiB");
        await Assert.That(text).Contains("rules: camelCase split; size matches without the header (384 KiB)");
        await Assert.That(text).Contains("0.90  Super Mario Bros. 3 (Europe)  [rejected]");
        await Assert.That(text).Contains("Runner-up: Super Mario Bros. 3 (Europe) at 0.90, 0.02 behind the best");
        await Assert.That(text).EndsWith("Enter or Esc closes this view.");
    }
}
