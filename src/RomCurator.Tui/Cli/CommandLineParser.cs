namespace RomCurator.Tui.Cli;

/// <summary>
/// Parses <c>romcurator [global flags] VERB [SUBVERB] [flags] [args]</c>. Global flags may appear anywhere;
/// <c>--name=value</c> and <c>--name value</c> are both accepted; <c>--</c> ends flag parsing. An empty flag value
/// or positional argument is a usage error (unless the verb says an empty argument means something).
/// </summary>
public sealed class CommandLineParser(IReadOnlyList<VerbSpec> verbs)
{
    public Invocation Parse(IReadOnlyList<string> args)
    {
        string? database = null, config = null;
        bool json = false, help = false, version = false;
        var rest = new List<string>();
        var literal = false;

        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (literal || IsPositional(token))
            {
                rest.Add(token);
                continue;
            }

            var (name, inlineValue) = Split(token);
            switch (name)
            {
                case "--":
                    literal = true;
                    rest.Add(token);
                    break;
                case "--db":
                    database = TakeValue(args, ref i, name, inlineValue);
                    break;
                case "--config":
                    config = TakeValue(args, ref i, name, inlineValue);
                    break;
                case "--json":
                    json = NoValue(name, inlineValue);
                    break;
                case "--help" or "-h":
                    help = NoValue(name, inlineValue);
                    break;
                case "--version":
                    version = NoValue(name, inlineValue);
                    break;
                default:
                    rest.Add(token);
                    break;
            }
        }

        var global = new GlobalOptions(database, config, json, help, version);
        var verb = FindVerb(rest, out var consumed);
        var arguments = verb is null
            ? new ParsedArguments(new Dictionary<string, string?>(), [])
            : ParseVerbArguments(verb, rest.Skip(consumed).ToList(), help);
        return new Invocation(global, verb, arguments);
    }

    private VerbSpec? FindVerb(List<string> tokens, out int consumed)
    {
        consumed = 0;
        var words = tokens.TakeWhile(IsPositional).ToList();
        if (words.Count == 0)
        {
            if (tokens.Count > 0 && tokens[0] != "--")
            {
                throw new UsageException($"unknown flag '{Split(tokens[0]).Name}' (see romcurator --help)");
            }

            return null;
        }

        VerbSpec? best = null;
        foreach (var verb in verbs)
        {
            if (verb.Words.Count <= words.Count
                && verb.Words.Select((w, i) => w == words[i]).All(x => x)
                && (best is null || verb.Words.Count > best.Words.Count))
            {
                best = verb;
            }
        }

        if (best is null)
        {
            var children = verbs.Where(v => v.Words.Count > 1 && v.Words[0] == words[0]).Select(v => v.Words[1]).ToList();
            throw new UsageException(children.Count > 0
                ? $"'{words[0]}' needs one of: {string.Join(", ", children)} (see romcurator {words[0]} --help)"
                : $"unknown verb '{words[0]}' (see romcurator --help)");
        }

        consumed = best.Words.Count;
        return best;
    }

    private static ParsedArguments ParseVerbArguments(VerbSpec verb, List<string> tokens, bool helpRequested)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var positionals = new List<string>();
        var literal = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (literal || IsPositional(token))
            {
                positionals.Add(token);
                continue;
            }

            if (token == "--")
            {
                literal = true;
                continue;
            }

            var (name, inlineValue) = Split(token);
            var spec = verb.Options.FirstOrDefault(o => o.Name == name || o.ShortName == name)
                ?? throw new UsageException($"'{verb.Name}' does not take {name} (see romcurator {verb.Name} --help)");
            options[spec.Name] = spec.TakesValue ? TakeValue(tokens, ref i, name, inlineValue) : FlagWithoutValue(name, inlineValue);
        }

        if (!verb.AcceptsEmptyArguments && positionals.IndexOf("") is var empty and >= 0)
        {
            throw new UsageException($"'{verb.Name}' got an empty argument (argument {empty + 1}): usage: romcurator {verb.Usage}");
        }

        if (!helpRequested && (positionals.Count < verb.MinPositionals || positionals.Count > verb.MaxPositionals))
        {
            throw new UsageException(positionals.Count < verb.MinPositionals
                ? $"'{verb.Name}' is missing arguments: usage: romcurator {verb.Usage}"
                : $"'{verb.Name}' got too many arguments ('{positionals[verb.MaxPositionals]}'): usage: romcurator {verb.Usage}");
        }

        return new ParsedArguments(options, positionals);
    }

    /// <summary>A word, "-" (standard input), or a negative number such as -1 or -0.5 (a value, not a flag).</summary>
    private static bool IsPositional(string token) =>
        token == "-" || !token.StartsWith('-')
        || double.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static (string Name, string? Value) Split(string token)
    {
        var equals = token.IndexOf('=');
        return token.StartsWith("--", StringComparison.Ordinal) && equals > 2
            ? (token[..equals], token[(equals + 1)..])
            : (token, null);
    }

    private static string TakeValue(IReadOnlyList<string> tokens, ref int index, string name, string? inlineValue)
    {
        if (inlineValue is null && index + 1 >= tokens.Count)
        {
            throw new UsageException($"{name} needs a value");
        }

        var value = inlineValue ?? tokens[++index];
        return value.Length > 0 ? value : throw new UsageException($"{name} needs a value, not an empty string");
    }

    private static bool NoValue(string name, string? inlineValue) =>
        inlineValue is null ? true : throw new UsageException($"{name} does not take a value");

    private static string? FlagWithoutValue(string name, string? inlineValue)
    {
        NoValue(name, inlineValue);
        return null;
    }
}
