namespace RomCurator.Core.Runs;

/// <summary>Another process holds the job lock this run needs; the message names what runs and its pid.</summary>
public sealed class JobBusyException(string message) : Exception(message);
