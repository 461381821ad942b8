namespace EditionGen.Diagnostics;

/// <summary>The command was called wrongly (exit code 2); the message says how to call it.</summary>
public sealed class UsageException(string message) : EditionGenException(message, [])
{
}
