using RomCurator.Tui.Presentation;

namespace RomCurator.Tests.Tui.Presentation;

/// <summary>
/// One wrap function for the CLI and every pane: <see cref="WrapStyle.Paths"/> for plan details and the Settings pane,
/// <see cref="WrapStyle.Words"/> for the prompt's explanations, which it wraps exactly as its own copy did.
/// </summary>
public sealed class TextWrapTests
{
    /// <summary>The prompt popup's word wrap before it moved into <see cref="TextFit.Wrap"/>: the reference its lines must match.</summary>
    private static List<string> PopupWrapAsItWas(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = "";
            }

            line = line.Length == 0 ? word : line + " " + word;
            while (line.Length > width)
            {
                lines.Add(line[..width]);
                line = line[width..];
            }
        }

        lines.Add(line);
        return lines;
    }

    public static IEnumerable<Func<string>> Texts()
    {
        string[] fixedTexts =
        [
            "",
            "   ",
            "short",
            "  leading spaces then words that go on and on past the width of the popup",
            "'/mnt/nas/roms/Nintendo - Game Boy/some very long folder name/deeper' is not a folder; type another path or Esc",
            "aaaaaaaaaaaaaaaaaaaa  bbbbb",
            "aaaaaaaaaaaaaaaaaaa   b",
            "a_single_word_much_longer_than_any_line_of_the_popup_can_hold_at_all_and_then_some more",
            "trailing spaces at the end   ",
            "unknown platform 'zzz console' (use a platform name or alias, e.g. 'snes' or 'Nintendo - Game Boy').",
        ];
        return fixedTexts.Select(text => (Func<string>)(() => text)).ToList();
    }

    [Test]
    [MethodDataSource(nameof(Texts))]
    public async Task Words_wrap_the_prompt_text_exactly_as_the_popup_did(string text)
    {
        foreach (var width in new[] { 20, 21, 33, 58, 78 })
        {
            await Assert.That(TextFit.Wrap(text, width, WrapStyle.Words).ToList()).IsEquivalentTo(PopupWrapAsItWas(text, width), TUnit.Assertions.Enums.CollectionOrdering.Matching)
                .Because($"width {width}: '{text}'");
        }
    }

    [Test]
    public async Task Words_wrap_any_mix_of_words_spaces_and_long_words_as_the_popup_did()
    {
        var random = new Random(17);
        for (var i = 0; i < 500; i++)
        {
            var text = string.Join(random.Next(5) == 0 ? "  " : " ",
                Enumerable.Range(0, random.Next(1, 25)).Select(_ => new string((char)('a' + random.Next(26)), random.Next(0, 30))));
            var width = random.Next(20, 80);

            await Assert.That(TextFit.Wrap(text, width, WrapStyle.Words).ToList()).IsEquivalentTo(PopupWrapAsItWas(text, width), TUnit.Assertions.Enums.CollectionOrdering.Matching)
                .Because($"width {width}: '{text}'");
        }
    }

    [Test]
    public async Task Paths_break_after_a_slash_and_words_only_at_spaces()
    {
        const string text = "moved to /mnt/nas/roms/Nintendo-Game-Boy/Tetris.gb";

        await Assert.That(TextFit.Wrap(text, 30).ToList()).IsEquivalentTo(["moved to /mnt/nas/roms/", "Nintendo-Game-Boy/Tetris.gb"], TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(TextFit.Wrap(text, 30, WrapStyle.Words).ToList()).IsEquivalentTo(["moved to", "/mnt/nas/roms/Nintendo-Game-Bo", "y/Tetris.gb"], TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }
}
