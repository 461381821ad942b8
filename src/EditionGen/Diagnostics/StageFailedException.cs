namespace EditionGen.Diagnostics;

/// <summary>A pipeline stage finished with errors; nothing it would have written was published.</summary>
public sealed class StageFailedException(string stage, IReadOnlyList<Diagnostic> diagnostics)
    : EditionGenException($"{stage} failed with {diagnostics.Count(d => d.IsError)} error(s).", diagnostics)
{
    public string Stage { get; } = stage;
}
