namespace EditionGen.Diagnostics;

/// <summary>The root of every error EditionGen raises on purpose; each carries located diagnostics.</summary>
public abstract class EditionGenException(string message, IReadOnlyList<Diagnostic> diagnostics, Exception? inner = null)
    : Exception(message, inner)
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
