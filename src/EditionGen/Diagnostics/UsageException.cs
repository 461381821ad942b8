namespace EditionGen.Diagnostics;

/// <summary>
/// The command was called wrongly (exit code 2); the message says how to call it. A refusal that concerns a
/// place, such as an output folder that may not be replaced, carries it as a located diagnostic.
/// </summary>
public sealed class UsageException(string message, IReadOnlyList<Diagnostic>? diagnostics = null)
    : EditionGenException(message, diagnostics ?? [])
{
}
