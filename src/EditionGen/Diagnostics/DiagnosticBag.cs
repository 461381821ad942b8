using System.Collections;

namespace EditionGen.Diagnostics;

/// <summary>Collects the findings of a stage so that it can go on and fail once, at its end.</summary>
public sealed class DiagnosticBag : IEnumerable<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get { lock (_gate) return _items.Count; }
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Any(d => d.IsError); }
    }

    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        lock (_gate) _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Add(diagnostic);
    }

    public void Error(string code, SourceLocation location, string message) =>
        Add(Diagnostic.Error(code, location, message));

    public void Warning(string code, SourceLocation location, string message) =>
        Add(Diagnostic.Warning(code, location, message));

    /// <summary>
    /// The findings in a stable order: by file, line, column, then code. With
    /// <paramref name="warningsAsErrors"/> (<c>--strict</c>) every warning counts as an error.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted(bool warningsAsErrors = false)
    {
        lock (_gate)
        {
            return _items
                .Select(d => warningsAsErrors && d.Severity == DiagnosticSeverity.Warning ? d with { Severity = DiagnosticSeverity.Error } : d)
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }

    public IEnumerator<Diagnostic> GetEnumerator() => Sorted().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
