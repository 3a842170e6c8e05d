namespace RomCurator.Core.Registry;

/// <summary>A change to the extension registry or the platform links that cannot be made, with the reason for the user.</summary>
public sealed class RegistryException(string message) : Exception(message);
