namespace EditionGen.Diagnostics;

/// <summary>An input file cannot be used at all (unreadable, undecodable, malformed configuration).</summary>
public sealed class InputException(Diagnostic diagnostic, Exception? inner = null)
    : EditionGenException(diagnostic.ToString(), [diagnostic], inner)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
