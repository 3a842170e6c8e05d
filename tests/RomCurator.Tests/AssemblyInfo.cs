// RomCurator runs on Linux NAS boxes; the tests use Linux file modes, symlinks and signals.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
