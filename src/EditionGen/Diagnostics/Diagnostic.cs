namespace EditionGen.Diagnostics;

/// <summary>One finding of a stage: a code such as EG0101, a severity, where, and what to do.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceLocation Location, string Message)
{
    public static Diagnostic Error(string code, SourceLocation location, string message) =>
        new(code, DiagnosticSeverity.Error, location, message);

    public static Diagnostic Warning(string code, SourceLocation location, string message) =>
        new(code, DiagnosticSeverity.Warning, location, message);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Formats as <c>path(line,col): error EG0101: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
