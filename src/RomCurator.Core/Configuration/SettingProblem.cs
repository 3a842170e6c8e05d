namespace RomCurator.Core.Configuration;

/// <summary>One setting (or pair of settings, named in <see cref="Keys"/>) whose value cannot be used, and why.</summary>
public sealed record SettingProblem(string Message, params string[] Keys)
{
    public bool Concerns(string key) => Keys.Any(k => k.Equals(key, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Message;
}
