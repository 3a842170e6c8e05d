namespace RomCurator.Tui.Cli;

/// <summary>The parsed command line: global flags, the verb (null when none was given) and its arguments.</summary>
public sealed record Invocation(GlobalOptions Global, VerbSpec? Verb, ParsedArguments Arguments);
