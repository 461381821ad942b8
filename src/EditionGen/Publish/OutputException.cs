using EditionGen.Diagnostics;

namespace EditionGen.Publish;

/// <summary>
/// A file could not be written to the staged output: its path would leave the output folder (EG0502), it was
/// written twice (EG0503), or the file system refused it (EG0501). Nothing is published after this; the previous
/// output stays as it was.
/// </summary>
public sealed class OutputException(Diagnostic diagnostic, Exception? inner = null)
    : EditionGenException(diagnostic.ToString(), [diagnostic], inner)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
