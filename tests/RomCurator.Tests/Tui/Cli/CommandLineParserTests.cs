using RomCurator.Tui.Cli;
using RomCurator.Tui.Cli.Verbs;

namespace RomCurator.Tests.Tui.Cli;

public sealed class CommandLineParserTests
{
    private static readonly CommandLineParser Parser = new(VerbCatalog.All);

    [Test]
    public async Task No_arguments_means_no_verb()
    {
        var invocation = Parser.Parse([]);

        await Assert.That(invocation.Verb).IsNull();
        await Assert.That(invocation.Global.Json).IsFalse();
    }

    [Test]
    public async Task Global_flags_are_found_anywhere_and_accept_equals()
    {
        var invocation = Parser.Parse(["db", "info", "--json", "--db=/tmp/a.db", "--config", "/tmp/c.json"]);

        await Assert.That(invocation.Verb!.Name).IsEqualTo("db info");
        await Assert.That(invocation.Global.Json).IsTrue();
        await Assert.That(invocation.Global.DatabasePath).IsEqualTo("/tmp/a.db");
        await Assert.That(invocation.Global.ConfigPath).IsEqualTo("/tmp/c.json");
    }

    [Test]
    public async Task The_longest_verb_wins_and_its_flags_are_parsed()
    {
        var invocation = Parser.Parse(["report", "fixdat", "--dat", "Nintendo - Game Boy", "-o", "out.dat"]);

        await Assert.That(invocation.Verb!.Name).IsEqualTo("report fixdat");
        await Assert.That(invocation.Arguments.Value("--dat")).IsEqualTo("Nintendo - Game Boy");
        await Assert.That(invocation.Arguments.Value("--output")).IsEqualTo("out.dat");
    }

    [Test]
    public async Task Positionals_after_double_dash_are_taken_literally()
    {
        var invocation = Parser.Parse(["dat", "import", "--", "-weird name.dat", "b.dat"]);

        await Assert.That(invocation.Arguments.Positionals).IsEquivalentTo(["-weird name.dat", "b.dat"]);
    }

    [Test]
    [Arguments("frobnicate")]
    [Arguments("roots")]
    [Arguments("scan", "--bogus")]
    [Arguments("roots", "add")]
    [Arguments("db", "info", "extra")]
    [Arguments("--db")]
    [Arguments("--json=yes")]
    public async Task Bad_command_lines_are_usage_errors(params string[] args)
    {
        var error = Assert.Throws<UsageException>(() => Parser.Parse(args));

        await Assert.That(error.Message).IsNotEmpty();
    }
}
