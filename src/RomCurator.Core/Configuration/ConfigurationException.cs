namespace RomCurator.Core.Configuration;

/// <summary>A configuration file could not be used; the message is one line naming the file and the problem.</summary>
public sealed class ConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
